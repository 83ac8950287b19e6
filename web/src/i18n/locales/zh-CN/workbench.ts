/** The workbench's later additions: team load, saved views on the server, home, labels of codes. */
export const workbench = {
  load: {
    claimsToday: '今日认领',
    noCap: '不限',
    noMembers: '团队里没有业务员',
  },
  views: {
    shared: '共享给全员',
    sharedBy: '{{name}} 共享',
    mine: '我的视图',
    others: '同事共享',
    moved: '已把本机保存的 {{count}} 个视图移到服务器',
  },
  newStore: { city: '所属城市' },
  import: { upload: '上传文件', waiting: '已上传，服务器正在接收…' },
  categories: {
    restaurant: '餐厅',
    hotpot: '火锅',
    bbq: '烧烤',
    fast_food: '快餐小吃',
    cafe: '咖啡',
    bakery: '面包甜点',
    tea: '奶茶饮品',
    hotel: '酒店',
    ktv: 'KTV',
    beauty: '美容美发',
    fitness: '健身',
    supermarket: '超市便利',
    food: '餐饮',
  },
  visits: { capped: '地图只显示最近的 {{count}} 次拜访，请缩小人员或日期范围' },
};
