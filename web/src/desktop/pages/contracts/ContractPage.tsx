import { Alert, Card, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { ContractWithTrail } from '../../../api/types.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { roleLabel } from '../../role-label.ts';
import { ApprovalTrail } from './ApprovalTrail.tsx';
import { ContractActions } from './ContractActions.tsx';
import { ContractAttachments } from './ContractAttachments.tsx';
import { ContractDetails } from './ContractDetails.tsx';
import { ContractStatusTag } from './ContractStatusTag.tsx';
import { lastRejection } from './contract-rules.ts';
import { useContract } from './queries.ts';

/** One contract: what it says, where it stands in its approvals, and what can be done next. */
export default function ContractPage() {
  const { id = '' } = useParams();
  const contract = useContract(id);
  return <QueryState query={contract}>{(data) => <ContractView contract={data} />}</QueryState>;
}

export function ContractView({ contract }: { contract: ContractWithTrail }) {
  const { t } = useTranslation();
  const rejection = contract.status === 'rejected' ? lastRejection(contract.approvals) : undefined;
  return (
    <div>
      <div className="page-header">
        <Space>
          <h1 translate="no" data-testid="contract-title">
            {contract.title}
          </h1>
          <ContractStatusTag status={contract.status} />
        </Space>
        <ContractActions contract={contract} />
      </div>
      {rejection && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('pipeline.contract.rejectedBy', { role: roleLabel(rejection.role, t) })}
          description={
            <span className="pre-wrap" translate="no">
              {rejection.comment}
            </span>
          }
        />
      )}
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card>
          <ContractDetails contract={contract} />
        </Card>
        <Card title={t('pipeline.contract.trail')}>
          <ApprovalTrail contract={contract} approvals={contract.approvals} />
        </Card>
        <Card title={t('pipeline.attachments.title')}>
          <ContractAttachments contract={contract} />
        </Card>
      </Space>
    </div>
  );
}
