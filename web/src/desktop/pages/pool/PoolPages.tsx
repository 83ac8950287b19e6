import { useTranslation } from 'react-i18next';
import { LeadsTable } from '../leads/LeadsTable.tsx';
import { TeamLoad } from './TeamLoad.tsx';

function Header({ title, hint }: { title: string; hint?: string }) {
  return (
    <div className="page-header">
      <h1>{title}</h1>
      {hint && <span className="page-hint">{hint}</span>}
    </div>
  );
}

/** 公海: every public store of the caller's pools. */
export function PublicPoolPage() {
  const { t } = useTranslation();
  return (
    <div>
      <Header title={t('desktop.menu.publicPool')} hint={t('desktop.pool.publicHint')} />
      <LeadsTable defaultScope="public" lockScope status="public" />
    </div>
  );
}

/** 私海: the caller's own private stores. */
export function MyPoolPage() {
  const { t } = useTranslation();
  return (
    <div>
      <Header title={t('desktop.menu.myPool')} hint={t('desktop.pool.myHint')} />
      <LeadsTable defaultScope="mine" lockScope status="private" />
    </div>
  );
}

/** The team's private stores, and each member's load against the cap. */
export function TeamPoolPage() {
  const { t } = useTranslation();
  return (
    <div>
      <Header title={t('desktop.menu.teamPool')} hint={t('desktop.pool.teamHint')} />
      <TeamLoad />
      <LeadsTable defaultScope="team" lockScope status="private" />
    </div>
  );
}
