import {
  type BuildType,
  type ChainStage,
  KEY_PROJECT_THRESHOLD_YUAN,
  type Project,
  ProjectInput,
  type ProjectInput as ProjectInputType,
} from '@chainboard/contracts';
import { Col, DatePicker, Divider, Form, type FormInstance, Input, InputNumber, Radio, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { z } from 'zod';
import { zodRule } from '../../../lib/zodRule';
import { useMe } from '../../auth/hooks';
import { SegmentSelect } from '../../chainmap/components/SegmentSelect';
import { useChainOptions } from '../hooks';
import { BUILD_TYPE_OPTIONS, NEW_PROJECT_CLASSES, STAGE_OPTIONS, yearOptions } from '../labels';
import { wanToYuan, yuanToWan } from '../money';
import { CYCLE_OPTIONS } from '../periods';
import { EnterpriseSelect } from './SearchSelect';
import { usePlaceOptions } from './usePlaceOptions';

const DATE_PAIRS = [
  { label: '签约', planned: 'plannedSignOn', actual: 'actualSignOn' },
  { label: '开工', planned: 'plannedStartOn', actual: 'actualStartOn' },
  { label: '竣工', planned: 'plannedCompleteOn', actual: 'actualCompleteOn' },
  { label: '投产', planned: 'plannedProductionOn', actual: 'actualProductionOn' },
] as const;
type DateField = (typeof DATE_PAIRS)[number]['planned' | 'actual'];
const DATE_FIELDS: DateField[] = DATE_PAIRS.flatMap((p) => [p.planned, p.actual]);

/** What the form holds: money in 万元, dates as dayjs; converted to the contract's yuan and strings on save. */
export type ProjectFormValues = {
  name: string;
  year: number;
  chainId: number;
  stage?: ChainStage | null;
  segmentId?: number | null;
  cityId: number;
  zoneId?: number | null;
  enterpriseId?: number | null;
  builder: string;
  partners?: string | null;
  content?: string | null;
  totalInvestment: number;
  annualPlanInvestment?: number | null;
  class?: (typeof NEW_PROJECT_CLASSES)[number];
  buildType?: BuildType | null;
  liaisonOfficial?: string | null;
  liaisonPhone?: string | null;
  leadUnitContact?: string | null;
  reportCycleMonths: number;
} & Partial<Record<DateField, Dayjs | null>>;

const field = ProjectInput.shape;

/** The contract's yuan rule, run on the 万元 the user typed. */
const moneyRule = (schema: z.ZodType, emptyMessage?: string) =>
  zodRule(
    z.preprocess((v) => (typeof v === 'number' ? wanToYuan(v) : v), schema),
    emptyMessage,
  );

const CLASS_LABELS = { planning: '谋划类（对接洽谈中）', reserve: '储备类（已签约未开工或前期阶段）', underway: '实施类（开工建设中）' };

/** Form values → the body of POST/PATCH /api/projects (without class and build type, see toInput). */
export function toFields(v: ProjectFormValues) {
  const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
  return {
    name: v.name,
    year: v.year,
    chainId: v.chainId,
    stage: v.stage ?? null,
    segmentId: v.segmentId ?? null,
    cityId: v.cityId,
    zoneId: v.zoneId ?? null,
    enterpriseId: v.enterpriseId ?? null,
    builder: v.builder,
    partners: v.partners || null,
    content: v.content || null,
    totalInvestment: wanToYuan(v.totalInvestment),
    annualPlanInvestment: wanToYuan(v.annualPlanInvestment ?? 0),
    liaisonOfficial: v.liaisonOfficial || null,
    liaisonPhone: v.liaisonPhone || null,
    leadUnitContact: v.leadUnitContact || null,
    reportCycleMonths: v.reportCycleMonths,
    ...(Object.fromEntries(DATE_FIELDS.map((k) => [k, day(v[k])])) as Record<DateField, string | null>),
  };
}

export function toInput(v: ProjectFormValues): ProjectInputType {
  const cls = v.class ?? 'planning';
  return { ...toFields(v), class: cls, buildType: cls === 'underway' ? (v.buildType ?? null) : null };
}

function initialValues(project: Project | null, fixed: { cityId?: number; zoneId?: number } | null): Partial<ProjectFormValues> {
  if (!project) {
    return { year: new Date().getFullYear(), reportCycleMonths: 1, cityId: fixed?.cityId, zoneId: fixed?.zoneId };
  }
  const dates = Object.fromEntries(DATE_FIELDS.map((k) => [k, project[k] ? dayjs(project[k]) : null]));
  return {
    name: project.name,
    year: project.year,
    chainId: project.chainId,
    stage: project.stage,
    segmentId: project.segmentId,
    cityId: project.cityId,
    zoneId: project.zoneId,
    enterpriseId: project.enterpriseId,
    builder: project.builder,
    partners: project.partners,
    content: project.content,
    totalInvestment: yuanToWan(project.totalInvestment),
    annualPlanInvestment: yuanToWan(project.annualPlanInvestment),
    liaisonOfficial: project.liaisonOfficial,
    liaisonPhone: project.liaisonPhone,
    leadUnitContact: project.leadUnitContact,
    reportCycleMonths: project.reportCycleMonths,
    ...dates,
  };
}

function Section({ children }: { children: string }) {
  return (
    <Divider titlePlacement="start" style={{ marginTop: 8 }}>
      {children}
    </Divider>
  );
}

const THRESHOLD_WAN = KEY_PROJECT_THRESHOLD_YUAN / 10_000;

type Props = {
  id: string;
  /** null = 新增 */
  project: Project | null;
  onSubmit: (values: ProjectFormValues, form: FormInstance<ProjectFormValues>) => void;
};

/** All the facts of a key project. Class and build type are set on 新增 only; later through 调整类别. */
export function ProjectForm({ id, project, onSubmit }: Props) {
  const me = useMe();
  const [form] = Form.useForm<ProjectFormValues>();
  const chains = useChainOptions();
  const places = usePlaceOptions(me);
  const cityId = Form.useWatch('cityId', form);
  const chainId = Form.useWatch('chainId', form);
  const cls = Form.useWatch('class', form);
  const total = Form.useWatch('totalInvestment', form);

  // A zone's city is known once the zones have loaded; a new project starts in the user's own place.
  const fixedCity = places.fixed?.cityId;
  useEffect(() => {
    if (!project && fixedCity && !form.getFieldValue('cityId')) form.setFieldValue('cityId', fixedCity);
  }, [project, fixedCity, form]);

  const chainOptions =
    project && !chains.options.some((o) => o.value === project.chainId)
      ? [...chains.options, { value: project.chainId, label: project.chainName }]
      : chains.options;
  const picked = project?.enterpriseId ? [{ id: project.enterpriseId, name: project.enterpriseName ?? `#${project.enterpriseId}` }] : [];

  return (
    <Form
      id={id}
      form={form}
      layout="vertical"
      initialValues={initialValues(project, places.fixed)}
      onFinish={(v) => onSubmit(v, form)}
      scrollToFirstError
    >
      <Section>基本信息</Section>
      <Form.Item label="项目名称" name="name" required rules={[zodRule(field.name)]}>
        <Input maxLength={100} showCount />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item label="年度" name="year" required rules={[zodRule(field.year, '请选择年度')]} extra="列入哪一年的重点项目清单">
            <Select options={yearOptions()} placeholder="请选择" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item label="报送周期" name="reportCycleMonths" required rules={[zodRule(field.reportCycleMonths, '请选择报送周期')]}>
            <Radio.Group options={CYCLE_OPTIONS} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item label="产业链" name="chainId" required rules={[zodRule(field.chainId, '请选择产业链')]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={chains.loading}
              options={chainOptions}
              placeholder="请选择"
              notFoundContent={
                me.organisationType === 'city' || me.organisationType === 'zone'
                  ? '没有可选的产业链：承载本地的产业链由省链长办设置'
                  : '没有可选的产业链'
              }
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item label="产业链环节" name="stage" rules={[zodRule(field.stage)]}>
            <Select allowClear options={STAGE_OPTIONS} placeholder="上游 / 中游 / 下游" />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item label="所在环节" name="segmentId" extra="产业链图谱中的环节，用于断点堵点分析">
            <SegmentSelect chainId={chainId} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item label="所在市" name="cityId" required rules={[zodRule(field.cityId, '请选择所在市')]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={places.loading}
              options={places.cityOptions}
              disabled={Boolean(places.fixed)}
              placeholder="请选择"
              onChange={() => form.setFieldValue('zoneId', null)}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item label="开发区/园区" name="zoneId" rules={[zodRule(field.zoneId)]}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              loading={places.loading}
              options={places.zoneOptions(cityId)}
              disabled={me.organisationType === 'zone'}
              placeholder={cityId ? '不在开发区可不选' : '先选所在市'}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        label="投资企业"
        name="enterpriseId"
        rules={[zodRule(field.enterpriseId)]}
        extra="企业名录中的投资方，可按名称或统一社会信用代码查找"
      >
        <EnterpriseSelect<number> allowClear picked={picked} placeholder="输入名称查找" />
      </Form.Item>
      <Form.Item label="建设单位" name="builder" required rules={[zodRule(field.builder)]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item label="合作方" name="partners" rules={[zodRule(field.partners)]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item label="建设内容" name="content" rules={[zodRule(field.content)]}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>

      <Section>投资</Section>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item
            label="总投资（万元）"
            name="totalInvestment"
            required
            rules={[moneyRule(field.totalInvestment, '请填写总投资')]}
            extra={
              typeof total === 'number' && total < THRESHOLD_WAN ? (
                <Typography.Text type="warning">低于 1 亿元（{THRESHOLD_WAN.toLocaleString('zh-CN')} 万元），保存时需确认</Typography.Text>
              ) : (
                '清单收录 1 亿元以上项目'
              )
            }
          >
            <InputNumber min={0} precision={2} controls={false} style={{ width: '100%' }} placeholder="如 120000" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item label="年度计划投资（万元）" name="annualPlanInvestment" rules={[moneyRule(field.annualPlanInvestment)]}>
            <InputNumber min={0} precision={2} controls={false} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      {!project && (
        <>
          <Form.Item label="项目类别" name="class" required rules={[zodRule(field.class, '请选择项目类别')]}>
            <Radio.Group
              vertical
              options={NEW_PROJECT_CLASSES.map((value) => ({ value, label: CLASS_LABELS[value] }))}
              onChange={() => form.setFieldValue('buildType', null)}
            />
          </Form.Item>
          {cls === 'underway' && (
            <Form.Item label="建设性质" name="buildType" required rules={[{ required: true, message: '请选择新建或续建' }]}>
              <Radio.Group options={BUILD_TYPE_OPTIONS} />
            </Form.Item>
          )}
        </>
      )}

      <Section>建设节点（计划 / 实际）</Section>
      {DATE_PAIRS.map((pair) => (
        <Row gutter={12} key={pair.label}>
          <Col span={12}>
            <Form.Item label={`计划${pair.label}日期`} name={pair.planned}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label={`实际${pair.label}日期`} name={pair.actual}>
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
            </Form.Item>
          </Col>
        </Row>
      ))}

      <Section>包联服务</Section>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item label="包联领导" name="liaisonOfficial" rules={[zodRule(field.liaisonOfficial)]} extra="属地政府为项目指定的包联领导">
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item label="包联联系电话" name="liaisonPhone" rules={[zodRule(field.liaisonPhone)]}>
            <Input maxLength={20} inputMode="tel" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label="牵头单位联系人" name="leadUnitContact" rules={[zodRule(field.leadUnitContact)]}>
        <Input maxLength={50} />
      </Form.Item>
    </Form>
  );
}
