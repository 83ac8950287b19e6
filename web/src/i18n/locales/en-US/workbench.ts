import type { Messages } from '../../messages.ts';
import type { workbench as zh } from '../zh-CN/workbench.ts';

export const workbench: Messages<typeof zh> = {
  load: {
    claimsToday: 'Claims today',
    noCap: 'No cap',
    noMembers: 'No reps in the team',
  },
  views: {
    shared: 'Share with everyone',
    sharedBy: 'Shared by {{name}}',
    mine: 'My views',
    others: 'Shared by colleagues',
    moved: 'Moved {{count}} views saved in this browser to the server',
  },
  newStore: { city: 'City' },
  import: { upload: 'Upload', waiting: 'Sent; the server is taking it in…' },
  categories: {
    restaurant: 'Restaurant',
    hotpot: 'Hotpot',
    bbq: 'Barbecue',
    fast_food: 'Fast food & snacks',
    cafe: 'Café',
    bakery: 'Bakery',
    tea: 'Tea & drinks',
    hotel: 'Hotel',
    ktv: 'KTV',
    beauty: 'Beauty & hair',
    fitness: 'Fitness',
    supermarket: 'Supermarket',
    food: 'Food & drink',
  },
  visits: {
    capped: 'The map shows the latest {{count}} visits; narrow the person or the dates to see the rest',
  },
  home: {
    greeting: 'Hello, ',
    private: 'My private stores',
    expiring: 'Falling back within 3 days',
    todos: 'Open to-dos',
    recentVisits: 'Recent visits',
    noVisits: 'No visits yet',
  },
};
