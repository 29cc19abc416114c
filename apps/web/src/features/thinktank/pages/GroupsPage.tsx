import { Button, Card, Col, DatePicker, Flex, Form, Modal, Row, Select, Spin, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ContentCard } from '../../../components/ContentCard';
import { HistoryList } from '../../../components/HistoryList';
import { PageHeader } from '../../../components/PageHeader';
import { showError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { orDash } from '../../../lib/format';
import { useMe } from '../../auth/hooks';
import type { ExpertGroup } from '../api';
import { ThinkTankNav } from '../components/ThinkTankNav';
import { useExpertChoices, useGroupHistory, useGroups, usePublishGroup, useSetMembers } from '../hooks';
import { EXPERT_GROUP_ROLE_LABELS } from '../labels';
import { canPublish, canRecord } from '../permissions';

type Member = ExpertGroup['members'][number];

/** 确定成员: the chain's experts, one of them 组长. */
function MembersModal({ group, onClose }: { group: ExpertGroup; onClose: () => void }) {
  const experts = useExpertChoices(group.chainId);
  const save = useSetMembers();
  const [memberIds, setMemberIds] = useState(group.members.map((m) => m.expertId));
  const [leaderId, setLeaderId] = useState(group.members.find((m) => m.role === 'leader')?.expertId);
  const submit = () =>
    save.mutate(
      {
        chainId: group.chainId,
        input: { members: memberIds.map((expertId) => ({ expertId, role: expertId === leaderId ? 'leader' : 'member' })) },
      },
      {
        onSuccess: () => {
          toastSuccess('已保存咨询组成员');
          onClose();
        },
        onError: showError,
      },
    );
  return (
    <Modal title={`${group.chainName}专家咨询组成员`} open onCancel={onClose} onOk={submit} okText="保存" confirmLoading={save.isPending}>
      <Form layout="vertical">
        <Form.Item label="成员" extra="只能选择在专家库中登记服务本链的专家">
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            loading={experts.loading}
            options={experts.options}
            value={memberIds}
            onChange={setMemberIds}
          />
        </Form.Item>
        <Form.Item label="组长">
          <Select
            allowClear
            options={experts.options.filter((o) => memberIds.includes(o.value))}
            value={leaderId}
            onChange={setLeaderId}
            placeholder="从成员中选择"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function PublishModal({ group, onClose }: { group: ExpertGroup; onClose: () => void }) {
  const publish = usePublishGroup();
  const [on, setOn] = useState<Dayjs | null>(dayjs());
  return (
    <Modal
      title={`公布${group.chainName}专家咨询组名单`}
      open
      onCancel={onClose}
      okText="公布"
      confirmLoading={publish.isPending}
      onOk={() =>
        publish.mutate(
          { chainId: group.chainId, on: on?.format('YYYY-MM-DD') },
          {
            onSuccess: () => {
              toastSuccess('已公布');
              onClose();
            },
            onError: showError,
          },
        )
      }
    >
      <Typography.Paragraph>公布后名单对全部业务用户可见，公布日期作为“一季度公布专家咨询组名单”的完成依据。</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label="公布日期">
          <DatePicker value={on} onChange={setOn} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function HistoryModal({ group, onClose }: { group: ExpertGroup; onClose: () => void }) {
  const { data, isLoading } = useGroupHistory(group.chainId);
  return (
    <Modal title={`${group.chainName}专家咨询组变更记录`} open onCancel={onClose} footer={null} width={720}>
      <HistoryList entries={data} loading={isLoading} />
    </Modal>
  );
}

const memberColumns = [
  { title: '姓名', dataIndex: 'name' },
  {
    title: '角色',
    dataIndex: 'role',
    render: (r: Member['role']) => <Tag color={r === 'leader' ? 'blue' : undefined}>{EXPERT_GROUP_ROLE_LABELS[r]}</Tag>,
  },
  { title: '专业领域', dataIndex: 'field' },
  { title: '工作单位', dataIndex: 'workUnit' },
  { title: '职称/职务', dataIndex: 'title', render: orDash },
];

/** 专家咨询组: one group per chain, composed by its lead unit, published by the office. */
export function GroupsPage() {
  const me = useMe();
  const { data, isLoading } = useGroups();
  const [dialog, setDialog] = useState<{ kind: 'members' | 'publish' | 'history'; group: ExpertGroup } | null>(null);
  const close = () => setDialog(null);
  return (
    <ContentCard>
      <ThinkTankNav />
      <PageHeader title="专家咨询组" />
      {isLoading && <Spin />}
      {!isLoading && !data?.length && <Typography.Text type="secondary">还没有可查看的专家咨询组名单</Typography.Text>}
      <Row gutter={[16, 16]}>
        {(data ?? []).map((g) => (
          <Col key={g.chainId} xs={24} xl={12}>
            <Card
              size="small"
              title={g.chainName}
              extra={g.publishedAt ? <Tag color="green">{g.publishedAt} 公布</Tag> : <Tag>未公布</Tag>}
            >
              <Flex wrap gap={8} style={{ marginBottom: 8 }}>
                <Typography.Text type="secondary">牵头单位：{orDash(g.leadUnitName)}</Typography.Text>
                <Flex wrap gap={4} style={{ marginInlineStart: 'auto' }}>
                  {canRecord(me, g.leadUnitId) && (
                    <Button size="small" onClick={() => setDialog({ kind: 'members', group: g })}>
                      确定成员
                    </Button>
                  )}
                  {canPublish(me) && !g.publishedAt && g.members.length > 0 && (
                    <Button size="small" type="primary" onClick={() => setDialog({ kind: 'publish', group: g })}>
                      公布名单
                    </Button>
                  )}
                  <Button size="small" type="link" onClick={() => setDialog({ kind: 'history', group: g })}>
                    变更记录
                  </Button>
                </Flex>
              </Flex>
              <Table<Member>
                rowKey="expertId"
                size="small"
                columns={memberColumns}
                dataSource={g.members}
                pagination={false}
                scroll={{ x: 'max-content' }}
                locale={{ emptyText: canRecord(me, g.leadUnitId) ? '还没有成员，可以 确定成员' : '还没有成员' }}
              />
            </Card>
          </Col>
        ))}
      </Row>
      {dialog?.kind === 'members' && <MembersModal group={dialog.group} onClose={close} />}
      {dialog?.kind === 'publish' && <PublishModal group={dialog.group} onClose={close} />}
      {dialog?.kind === 'history' && <HistoryModal group={dialog.group} onClose={close} />}
    </ContentCard>
  );
}
