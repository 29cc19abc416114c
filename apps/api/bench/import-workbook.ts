import { creditCodeCheckChar } from '@chainboard/contracts';
import ExcelJS from '../src/excel/exceljs.js';

const CITIES = [
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
];
const CHAINS = ['特钢材料', '新能源汽车', '高端装备制造', '风电装备', '氢能', '铝镁精深加工', '光伏', '现代医药'];

/** A register workbook of `rows` valid, distinct enterprises, written as a stream. */
export async function writeRegisterWorkbook(file: string, rows: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: false });
  const sheet = wb.addWorksheet('企业名录');
  sheet
    .addRow([
      '统一社会信用代码',
      '企业名称',
      '所在市',
      '所在开发区/园区',
      '地址',
      '法定代表人',
      '联系人',
      '联系电话',
      '主要产品',
      '所属产业链',
      '所处环节',
    ])
    .commit();
  for (let i = 0; i < rows; i++) {
    const first = `91140100${String(i + 1).padStart(9, '0')}`;
    sheet
      .addRow([
        first + creditCodeCheckChar(first),
        `基准测试示例企业${i + 1}有限公司`,
        CITIES[i % 12],
        '',
        `示例路${i}号`,
        '示例法人',
        '示例联系人',
        '0351-1234567',
        '示例产品',
        CHAINS[i % 8],
        '中游',
      ])
      .commit();
  }
  sheet.commit();
  await wb.commit();
}
