import { EnvironmentOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Empty, Flex, Layout, Row, Spin, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { errorMessage } from '../../../lib/errors';
import { useIsMobile } from '../../../lib/useIsMobile';
import { DemoTag } from '../../health/components/DemoTag';
import { usePublicHostZones } from '../hooks';

/**
 * The public list (no login): each chain with its published 招商引资重点承载示范开发区. A plain page
 * outside the platform's frame; it shows names only, as the server publishes them.
 */
export function PublicHostZonesPage() {
  const isMobile = useIsMobile();
  const { data, isLoading, error } = usePublicHostZones();
  const zoneCount = (data ?? []).reduce((s, c) => s + c.zones.length, 0);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
        <Typography.Text strong style={{ color: '#fff', fontSize: isMobile ? 15 : 18 }} ellipsis>
          山西省重点产业链“链长制”
        </Typography.Text>
        <DemoTag />
        <Link to="/login" style={{ marginInlineStart: 'auto', color: '#fff', opacity: 0.85, flexShrink: 0 }}>
          工作人员登录
        </Link>
      </Layout.Header>
      <Layout.Content style={{ padding: isMobile ? 12 : 32, maxWidth: 1200, width: '100%', margin: '0 auto' }}>
        <Typography.Title level={isMobile ? 4 : 3} style={{ marginTop: 0 }}>
          重点产业链招商引资重点承载示范开发区名单
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          由各链长牵头单位研提，省链长办会同各市、省商务厅、省投促局研究确定，向社会公布。
          {data && data.length > 0 && ` 共 ${data.length} 条产业链、${zoneCount} 个开发区。`}
        </Typography.Paragraph>
        {isLoading && (
          <Flex justify="center" style={{ padding: 48 }}>
            <Spin />
          </Flex>
        )}
        {error && <Alert type="error" showIcon title="名单暂时无法加载" description={errorMessage(error)} />}
        {data && data.length === 0 && <Empty description="名单尚未公布" />}
        <Row gutter={[16, 16]}>
          {(data ?? []).map((chain) => (
            <Col key={chain.chain} xs={24} sm={12} lg={8}>
              <Card
                title={`${chain.chain}产业链`}
                size="small"
                style={{ height: '100%' }}
                role="region"
                aria-label={`${chain.chain}产业链`}
              >
                <Flex vertical gap={8}>
                  {chain.zones.map((z) => (
                    <Flex key={z.zone} gap={8} align="baseline" justify="space-between" wrap>
                      <Typography.Text>
                        <EnvironmentOutlined aria-hidden style={{ color: '#1f5fa6', marginInlineEnd: 6 }} />
                        {z.zone}
                      </Typography.Text>
                      <Tag style={{ marginInlineEnd: 0 }}>{z.city}</Tag>
                    </Flex>
                  ))}
                </Flex>
              </Card>
            </Col>
          ))}
        </Row>
      </Layout.Content>
    </Layout>
  );
}
