/**
 * Public reference data of the Shanxi notice 《山西省重点产业链“链长制”2024年行动计划》:
 * written on every new database. Enterprises, projects and people are not public and are not here.
 */
import type { OrgType } from '@chainboard/contracts';

export const OFFICE_NAME = '省链长办';

export const CITY_NAMES = [
  '太原市',
  '大同市',
  '阳泉市',
  '长治市',
  '晋城市',
  '朔州市',
  '忻州市',
  '吕梁市',
  '晋中市',
  '临汾市',
  '运城市',
  '山西转型综改示范区',
] as const;

/** Departments the notice names. 省工信厅 leads chains; the lead unit of each chain is for the office to assign. */
export const DEPARTMENTS: { name: string; type: OrgType }[] = [
  { name: '省工信厅', type: 'leadUnit' },
  { name: '省商务厅', type: 'memberUnit' },
  { name: '省投促局', type: 'memberUnit' },
  { name: '省科技厅', type: 'memberUnit' },
  { name: '省财政厅', type: 'memberUnit' },
  { name: '省地方金融监管局', type: 'memberUnit' },
  { name: '人行山西省分行', type: 'memberUnit' },
  { name: '国家金融监督管理总局山西监管局', type: 'memberUnit' },
  { name: '山西金控投资控股集团有限公司', type: 'memberUnit' },
];

/** The 16 provincial key chains of 2024: first batch 2022, second batch 2023. */
export const CHAINS_2024: { code: string; name: string; batch: number }[] = [
  ...['特钢材料', '新能源汽车', '高端装备制造', '风电装备', '氢能', '铝镁精深加工', '光伏', '现代医药', '第三代半导体', '合成生物'].map(
    (name, i) => ({ code: `SX${String(i + 1).padStart(2, '0')}`, name, batch: 2022 }),
  ),
  ...['新型储能', '废弃资源综合利用', '碳基新材料', '铜基新材料', '信息技术融合应用', '装配式建筑'].map((name, i) => ({
    code: `SX${String(i + 11).padStart(2, '0')}`,
    name,
    batch: 2023,
  })),
];

export const ADMIN_USERNAME = 'admin';
