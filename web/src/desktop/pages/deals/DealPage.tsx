import { Card, Col, Row, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { DealWithHistory } from '../../../api/types.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { DealActions } from './DealActions.tsx';
import { DealDetails } from './DealDetails.tsx';
import { DealHistory, DealStatusTag, RejectionNotice } from './DealParts.tsx';
import { useDeal } from './queries.ts';

/** One deal: what it offers, why it was sent back, its history, and what can be done next. */
export default function DealPage() {
  const { id = '' } = useParams();
  const deal = useDeal(id);
  return <QueryState query={deal}>{(data) => <DealView deal={data} />}</QueryState>;
}

function DealView({ deal }: { deal: DealWithHistory }) {
  const { t } = useTranslation();
  return (
    <div>
      <div className="page-header">
        <Space>
          <h1 translate="no" data-testid="deal-title">
            {deal.title}
          </h1>
          <DealStatusTag status={deal.status} />
        </Space>
        <DealActions deal={deal} />
      </div>
      <RejectionNotice deal={deal} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card title={t('deals.page.details')}>
            <DealDetails deal={deal} column={2} />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card title={t('deals.history.title')}>
            <DealHistory history={deal.history} />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
