import { PlusOutlined } from '@ant-design/icons';
import { type Project, ProjectClass } from '@chainboard/contracts';
import { Button, Flex, Select, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ContentCard } from '../../../components/ContentCard';
import { FilterBar, filterWidth } from '../../../components/FilterBar';
import { PageHeader } from '../../../components/PageHeader';
import { SearchInput } from '../../../components/SearchInput';
import { orDash } from '../../../lib/format';
import { pagination, TABLE_SCROLL } from '../../../lib/table';
import { useIsMobile } from '../../../lib/useIsMobile';
import { useListParams } from '../../../lib/useListParams';
import { useMe } from '../../auth/hooks';
import { ExportButton, ImportButton } from '../../excel';
import type { ProjectFilters, ProjectListQuery } from '../api';
import { ClassCountStrip } from '../components/ClassCountStrip';
import { ProjectFormDrawer } from '../components/ProjectFormDrawer';
import { ProjectsNav } from '../components/ProjectsNav';
import { DemoDataTag, DemonstrationTag, ProjectClassTag, ReportState } from '../components/ProjectTags';
import { usePlaceOptions } from '../components/usePlaceOptions';
import { useProjectChainOptions, useProjects, useRefreshProjects } from '../hooks';
import { PROJECT_CLASS_OPTIONS, yearOptions } from '../labels';
import { formatWan } from '../money';
import { canCreateProject } from '../permissions';

const toNumber = (v: string | undefined) => (v && Number.isInteger(Number(v)) ? Number(v) : undefined);
const toFlag = (v: string | undefined) => (v === 'true' || v === 'false' ? v : undefined);

const DEMONSTRATION_OPTIONS = [
  { value: 'true', label: '示范性项目' },
  { value: 'false', label: '非示范项目' },
];
const LATE_OPTIONS = [
  { value: 'true', label: '逾期未报' },
  { value: 'false', label: '按期报送' },
];

const PROJECT_IMPORT = {
  label: '重点项目清单',
  importUrl: '/api/projects/import',
  templateUrl: '/api/projects/template',
  hint: '按公布的清单格式（序号、项目名称、建设单位、建设内容、总投资、年度计划投资、建设地点、项目类别、责任单位），另填产业链、年度、所在市；金额单位为万元。总投资低于 1 亿元的项目请在页面上逐个新增。',
};

export function ProjectListPage() {
  const me = useMe();
  const isMobile = useIsMobile();
  const navigate = useNavigate();
  const { params, page, pageSize, update } = useListParams();
  const [creating, setCreating] = useState(false);
  const refreshProjects = useRefreshProjects();

  const filters: ProjectFilters = {
    year: toNumber(params.year),
    chainId: toNumber(params.chainId),
    cityId: toNumber(params.cityId),
    zoneId: toNumber(params.zoneId),
    class: ProjectClass.safeParse(params.class).data,
    demonstration: toFlag(params.demonstration),
    late: toFlag(params.late),
    q: params.q,
  };
  const query: ProjectListQuery = { page, pageSize, ...filters };
  const { data, isFetching } = useProjects(query);
  const chains = useProjectChainOptions();
  const places = usePlaceOptions(me);
  const filtered = Object.values(filters).some((v) => v !== undefined);
  const creatable = canCreateProject(me);

  const setNumber = (key: keyof ProjectFilters) => (v?: number) => update({ [key]: v === undefined ? undefined : String(v) });

  const columns: TableColumnsType<Project> = [
    {
      title: '项目名称',
      dataIndex: 'name',
      key: 'name',
      fixed: 'start',
      width: isMobile ? 150 : 200,
      render: (name: string, p) => (
        <>
          <Link to={`/projects/${p.id}`}>{name}</Link>
          {p.demo && (
            <>
              {' '}
              <DemoDataTag />
            </>
          )}
          {isMobile && (
            // on a phone the columns to the right are off screen: the class and reporting come along
            <Flex wrap gap={4} style={{ marginTop: 4 }}>
              <ProjectClassTag project={p} />
              {p.demonstration && <DemonstrationTag />}
              {p.lateReportPeriod && <ReportState project={p} />}
            </Flex>
          )}
        </>
      ),
    },
    { title: '产业链', dataIndex: 'chainName', key: 'chainName', width: 110 },
    {
      title: '建设地点',
      key: 'place',
      width: 140,
      render: (_, p) => (
        <>
          {p.cityName}
          {p.zoneName && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {p.zoneName}
            </Typography.Text>
          )}
        </>
      ),
    },
    {
      title: '投资企业/建设单位',
      key: 'builder',
      width: 170,
      render: (_, p) => (
        <>
          {orDash(p.enterpriseName ?? p.builder)}
          {p.enterpriseName && p.enterpriseName !== p.builder && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              建设单位：{p.builder}
            </Typography.Text>
          )}
        </>
      ),
    },
    { title: '总投资（万元）', dataIndex: 'totalInvestment', key: 'totalInvestment', align: 'end', render: formatWan },
    { title: '完成投资（万元）', dataIndex: 'completedInvestment', key: 'completedInvestment', align: 'end', render: formatWan },
    {
      title: '类别',
      dataIndex: 'class',
      key: 'class',
      render: (_, p) => (
        <Flex vertical gap={4} align="start">
          <ProjectClassTag project={p} />
          {p.demonstration && <DemonstrationTag />}
        </Flex>
      ),
    },
    { title: '报送', key: 'report', render: (_, p) => <ReportState project={p} /> },
  ];

  // on a phone only the first three filters show; the rest wait behind 展开
  const classAndLate = (
    <>
      <Select
        aria-label="类别"
        placeholder="类别"
        allowClear
        options={PROJECT_CLASS_OPTIONS}
        value={filters.class}
        onChange={(v?: string) => update({ class: v })}
        style={filterWidth(isMobile, 130)}
      />
      <Select
        aria-label="报送情况"
        placeholder="报送情况"
        allowClear
        options={LATE_OPTIONS}
        value={filters.late}
        onChange={(v?: string) => update({ late: v })}
        style={filterWidth(isMobile, 130)}
      />
    </>
  );

  const emptyText = filtered ? '没有符合条件的项目' : creatable ? '还没有重点项目，可以 导入 清单或 新增' : '还没有重点项目';

  return (
    <>
      <ProjectsNav />
      <ContentCard>
        <PageHeader
          title="重点项目"
          actions={
            <>
              {creatable && <ImportButton kinds={[PROJECT_IMPORT]} onImported={refreshProjects} />}
              <ExportButton url="/api/projects/export" query={filters} fallbackName="重点项目清单.xlsx" />
              {creatable && (
                <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
                  新增
                </Button>
              )}
            </>
          }
        />
        <FilterBar
          onReset={() =>
            update({
              q: undefined,
              year: undefined,
              chainId: undefined,
              cityId: undefined,
              zoneId: undefined,
              class: undefined,
              demonstration: undefined,
              late: undefined,
            })
          }
          more={
            <>
              {isMobile && classAndLate}
              <Select
                aria-label="所在市"
                placeholder="所在市"
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                loading={places.loading}
                options={places.cityOptions}
                value={filters.cityId}
                onChange={(v?: number) => update({ cityId: v === undefined ? undefined : String(v), zoneId: undefined })}
                style={filterWidth(isMobile, 160)}
              />
              <Select
                aria-label="开发区"
                placeholder="开发区"
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                loading={places.loading}
                options={places.zoneOptions(filters.cityId)}
                value={filters.zoneId}
                onChange={setNumber('zoneId')}
                style={filterWidth(isMobile, 240)}
              />
              <Select
                aria-label="示范性"
                placeholder="示范性"
                allowClear
                options={DEMONSTRATION_OPTIONS}
                value={filters.demonstration}
                onChange={(v?: string) => update({ demonstration: v })}
                style={filterWidth(isMobile, 140)}
              />
            </>
          }
        >
          <SearchInput label="项目名称" value={params.q} onSearch={(q) => update({ q })} style={filterWidth(isMobile, 200)} />
          <Select
            aria-label="年度"
            placeholder="年度"
            allowClear
            options={yearOptions()}
            value={filters.year}
            onChange={setNumber('year')}
            style={filterWidth(isMobile, 110)}
          />
          <Select
            aria-label="产业链"
            placeholder="产业链"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={chains.loading}
            options={chains.options}
            value={filters.chainId}
            onChange={setNumber('chainId')}
            style={filterWidth(isMobile, 170)}
          />
          {!isMobile && classAndLate}
        </FilterBar>
        <ClassCountStrip
          year={filters.year}
          chainId={filters.chainId}
          onPickChain={(chainId) => update({ chainId: chainId === undefined ? undefined : String(chainId) })}
        />
        <Table<Project>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={data?.items}
          loading={isFetching}
          scroll={TABLE_SCROLL}
          pagination={pagination(page, pageSize, data?.total)}
          onChange={(p) => update({ page: String(p.current ?? 1), pageSize: String(p.pageSize ?? 20) })}
          locale={{ emptyText }}
        />
        <ProjectFormDrawer
          open={creating}
          project={null}
          onClose={() => setCreating(false)}
          onSaved={(saved) => navigate(`/projects/${saved.id}`)}
        />
      </ContentCard>
    </>
  );
}
