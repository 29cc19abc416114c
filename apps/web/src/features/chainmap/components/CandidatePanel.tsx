import { CandidateToLeadInput } from '@chainboard/contracts';
import { Button, Form, Input, InputNumber, Modal, Segmented, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { zodRule } from '../../../lib/zodRule';
import { useMe } from '../../auth/hooks';
import { wanInputProps, wanToYuan } from '../../enterprises/money';
import { ImportButton } from '../../excel';
import { useOrganisationOptions } from '../../organisations/hooks';
import type { Candidate, CandidateFilter } from '../api';
import { useCandidates, useCandidateToLead, useRefreshChainMap } from '../hooks';
import { COMPANY_SIZE_LABELS, GAP_STATUS_LABELS, GAP_TAG_COLOURS } from '../labels';
import { mayConvertCandidates } from '../permissions';

const field = CandidateToLeadInput.shape;

/** 补链招商: candidates outside the province matched to the chain's 断点 and 堵点, each one click from a lead. */
export function CandidatePanel({ chainId, editable }: { chainId: number; editable: boolean }) {
  const me = useMe();
  const [only, setOnly] = useState<CandidateFilter>('matched');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [converting, setConverting] = useState<Candidate | null>(null);
  const list = useCandidates({ chainId, only, page, pageSize });
  const refresh = useRefreshChainMap();
  const navigate = useNavigate();
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Segmented<CandidateFilter>
          value={only}
          onChange={(v) => {
            setOnly(v);
            setPage(1);
          }}
          options={[
            { value: 'matched', label: '匹配断点堵点' },
            { value: 'open', label: '未转线索' },
            { value: 'all', label: '全部' },
          ]}
        />
        {editable && (
          <ImportButton
            kinds={[
              {
                label: '补链招商候选',
                importUrl: '/api/chain-candidates/import',
                hint: '省外企业：名称、统一社会信用代码、所在省份、环节、主要产品、规模',
              },
            ]}
            onImported={() => refresh()}
          />
        )}
      </Space>
      <Table<Candidate>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        dataSource={list.data?.items}
        scroll={{ x: 800 }}
        locale={{ emptyText: editable ? '还没有候选企业，可以 导入Excel' : '暂无候选企业' }}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100],
          showTotal: (n) => `共 ${n} 家`,
          onChange: (p, s) => {
            setPage(p);
            setPageSize(s);
          },
        }}
        columns={[
          { title: '企业', dataIndex: 'name', fixed: 'left', width: 220 },
          { title: '所在省份', dataIndex: 'province', width: 90 },
          { title: '环节', dataIndex: 'segmentName', render: (v: string | null) => v ?? '—' },
          {
            title: '环节状态',
            dataIndex: 'segmentStatus',
            width: 90,
            render: (s: Candidate['segmentStatus']) => (s ? <Tag color={GAP_TAG_COLOURS[s]}>{GAP_STATUS_LABELS[s]}</Tag> : '—'),
          },
          { title: '主要产品', dataIndex: 'products', ellipsis: true },
          { title: '规模', dataIndex: 'size', width: 70, render: (s: Candidate['size']) => COMPANY_SIZE_LABELS[s] },
          {
            title: '操作',
            key: 'actions',
            width: 130,
            render: (_, c) =>
              c.leadId !== null ? (
                <Button size="small" type="link" onClick={() => navigate(`/attraction/leads/${c.leadId}`)}>
                  已转线索
                </Button>
              ) : mayConvertCandidates(me) ? (
                <Button size="small" type="link" onClick={() => setConverting(c)}>
                  转为招商线索
                </Button>
              ) : null,
          },
        ]}
      />
      {converting && <ToLeadModal candidate={converting} onClose={() => setConverting(null)} />}
    </>
  );
}

type Values = { cityId?: number; zoneId?: number; responsiblePerson?: string; expectedInvestmentWan?: number; notes?: string };

function ToLeadModal({ candidate, onClose }: { candidate: Candidate; onClose: () => void }) {
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const convert = useCandidateToLead();
  const navigate = useNavigate();
  const cities = useOrganisationOptions('city');
  const zones = useOrganisationOptions('zone');
  const cityId = Form.useWatch('cityId', form);
  const ownZone = me.organisationType === 'zone' ? zones.data?.find((z) => z.id === me.organisationId) : undefined;
  const fixedCity = me.organisationType === 'city' ? me.organisationId : ownZone?.parentId;
  const save = async (v: Values) => {
    try {
      const lead = await convert.mutateAsync({
        id: candidate.id,
        input: {
          cityId: (fixedCity ?? v.cityId) as number,
          zoneId: me.organisationType === 'zone' ? me.organisationId : (v.zoneId ?? null),
          responsiblePerson: v.responsiblePerson ?? '',
          expectedInvestment: wanToYuan(v.expectedInvestmentWan),
          notes: v.notes ?? null,
        },
      });
      toastSuccess('已转为补链招商线索');
      onClose();
      navigate(`/attraction/leads/${lead.id}`);
    } catch (err) {
      showFormError(form, err);
    }
  };
  return (
    <Modal
      open
      title={`转为招商线索：${candidate.name}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={convert.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ cityId: fixedCity ?? undefined }} onFinish={(v) => void save(v)}>
        <Form.Item label="负责的市" name="cityId" required rules={fixedCity ? [] : [zodRule(field.cityId, '请选择负责的市')]}>
          <Select
            disabled={fixedCity !== undefined && fixedCity !== null}
            showSearch={{ optionFilterProp: 'label' }}
            options={(cities.data ?? []).filter((c) => !c.retired).map((c) => ({ value: c.id, label: c.name }))}
            placeholder="请选择"
          />
        </Form.Item>
        {me.organisationType !== 'zone' && (
          <Form.Item label="开发区/园区" name="zoneId">
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={(zones.data ?? [])
                .filter((z) => !z.retired && (cityId === undefined || z.parentId === (fixedCity ?? cityId)))
                .map((z) => ({ value: z.id, label: z.name }))}
              placeholder="可选"
            />
          </Form.Item>
        )}
        <Form.Item label="责任人" name="responsiblePerson" required rules={[zodRule(field.responsiblePerson)]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item label="预计投资（万元）" name="expectedInvestmentWan">
          <InputNumber {...wanInputProps} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="备注" name="notes">
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
