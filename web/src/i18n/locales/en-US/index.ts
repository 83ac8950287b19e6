import type { Messages } from '../../messages.ts';
import type { zhCN } from '../zh-CN/index.ts';
import { analytics } from './analytics.ts';
import { campaigns } from './campaigns.ts';
import { common } from './common.ts';
import { competitors } from './competitors.ts';
import { deals } from './deals.ts';
import { desktop } from './desktop.ts';
import { errors } from './errors.ts';
import { integrations } from './integrations.ts';
import { mobile } from './mobile.ts';
import { ops } from './ops.ts';
import { pipeline } from './pipeline.ts';
import { workbench } from './workbench.ts';

export const enUS: Messages<typeof zhCN> = {
  ...common,
  errors,
  mobile,
  desktop,
  pipeline,
  deals,
  ops,
  competitors,
  campaigns,
  integrations,
  analytics,
  workbench,
};
