import { FILING_STAGES, MIIT_VERIFICATION_URL, SEED_ORDERS, type ReplicaOrder } from '../data/orders';
import { PATHS, orderDetailPath } from '../routes';
import { useReplica } from '../store';
import { Form, FormText } from '../ui/Form';
import { Alert, Card, Link, Page, Stepper } from '../ui/Layout';
import { usePrefixed } from '../ui/prefix';
import { Table, type Column } from '../ui/Table';

function useOrders(): ReplicaOrder[] {
  const submitted = useReplica((state) => state.submittedOrders);
  return [...submitted, ...SEED_ORDERS];
}

function StatusText({ order }: { order: ReplicaOrder }) {
  const p = usePrefixed();
  const tone = order.rejected ? 'text-danger' : order.stage >= FILING_STAGES.length ? 'text-success' : 'text-warning';
  return <span className={p(tone)}>{order.status}</span>;
}

/** /beian/manage/orders: the tea Table of filing orders. */
export function OrdersPage() {
  const p = usePrefixed();
  const orders = useOrders();
  const columns: Column<ReplicaOrder>[] = [
    { key: 'orderId', header: '订单号', width: 190, render: (order) => order.orderId },
    { key: 'type', header: '备案类型', width: 220, render: (order) => order.filingType },
    { key: 'domain', header: '域名', render: (order) => order.domain },
    { key: 'status', header: '状态', width: 150, render: (order) => <StatusText order={order} /> },
    { key: 'submittedAt', header: '提交时间', width: 170, render: (order) => order.submittedAt },
    {
      key: 'actions',
      header: '操作',
      width: 110,
      render: (order) => (
        <Link to={orderDetailPath(order.orderId)} className={p('link')}>
          查看详情
        </Link>
      ),
    },
  ];
  return (
    <Page title="备案订单">
      <Card>
        <Table columns={columns} rows={orders} rowKey={(order) => order.orderId} />
      </Card>
    </Page>
  );
}

/**
 * The console's order page is undocumented, so the replica draws it in several plausible layouts (`?layout=`):
 * - `form` (default): stage strip, notice, and a read-only form with the status;
 * - `steps-table`: stage strip, notice, and a table of the order's websites with their statuses (no status field);
 * - `tag-dl`: the status as a tag in the card header next to the order number, details in a description list.
 */
type DetailLayout = 'form' | 'steps-table' | 'tag-dl';

function detailLayout(): DetailLayout {
  const layout = new URLSearchParams(location.search).get('layout');
  return layout === 'steps-table' || layout === 'tag-dl' ? layout : 'form';
}

function Notice({ order }: { order: ReplicaOrder }) {
  const p = usePrefixed();
  if (!order.notice) return null;
  return (
    <Alert tone={order.notice.tone}>
      <p>{order.notice.text}</p>
      {order.notice.linkToMiit && (
        <a href={MIIT_VERIFICATION_URL} target="_blank" rel="noreferrer" className={p('link')}>
          前往工信部备案管理系统
        </a>
      )}
    </Alert>
  );
}

function StepsTableDetail({ order }: { order: ReplicaOrder }) {
  const columns: Column<ReplicaOrder>[] = [
    { key: 'domain', header: '域名', render: (row) => row.domain },
    { key: 'subject', header: '主办单位名称', render: (row) => row.subjectName },
    { key: 'status', header: '状态', width: 150, render: (row) => <StatusText order={row} /> },
  ];
  return (
    <Page title={`订单 ${order.orderId}`}>
      <Stepper steps={FILING_STAGES} current={order.stage} failed={order.rejected} />
      <Notice order={order} />
      <Card title="网站信息">
        <Table columns={columns} rows={[order]} rowKey={(row) => row.domain} />
      </Card>
    </Page>
  );
}

function TagDetail({ order }: { order: ReplicaOrder }) {
  const p = usePrefixed();
  const rows: Array<[string, string]> = [
    ['备案类型', order.filingType],
    ['主办单位名称', order.subjectName],
    ['域名', order.domain],
    ['提交时间', order.submittedAt],
  ];
  return (
    <Page title="订单详情">
      <div className={p('card')}>
        <div className={p('card__body')}>
          <div className={p('card__header')}>
            <h3 className={p('h3')}>订单 {order.orderId}</h3>
            <span className={p('tag', order.rejected ? 'tag--error' : 'tag--warning')}>{order.status}</span>
          </div>
          <div className={p('card__content')}>
            <dl className="replica-dl">
              {rows.map(([label, value]) => [<dt key={`${label}-dt`}>{label}</dt>, <dd key={`${label}-dd`}>{value}</dd>])}
            </dl>
          </div>
        </div>
      </div>
    </Page>
  );
}

/** /beian/manage/process/{orderId}/detail: one order, in the layout `?layout=` asks for. */
export function OrderDetailPage({ orderId }: { orderId: string }) {
  const p = usePrefixed();
  const order = useOrders().find((candidate) => candidate.orderId === orderId);
  const layout = detailLayout();
  if (order && layout === 'steps-table') return <StepsTableDetail order={order} />;
  if (order && layout === 'tag-dl') return <TagDetail order={order} />;
  if (!order) {
    return (
      <Page title="订单详情">
        <Alert tone="error">未找到订单 {orderId}，请返回订单列表重新选择。</Alert>
        <Link to={PATHS.orders} className={p('link')}>
          返回备案订单
        </Link>
      </Page>
    );
  }
  return (
    <Page title="订单详情">
      <Stepper steps={FILING_STAGES} current={order.stage} failed={order.rejected} />
      <Notice order={order} />
      <Card title="订单信息">
        <Form readonly>
          <FormText label="订单号" value={order.orderId} />
          <FormText label="备案类型" value={order.filingType} />
          <FormText label="主办单位名称" value={order.subjectName} />
          <FormText label="域名" value={order.domain} />
          <FormText label="状态" value={<StatusText order={order} />} />
          <FormText label="提交时间" value={order.submittedAt} />
        </Form>
      </Card>
      <Link to={PATHS.orders} className={p('link')}>
        返回备案订单
      </Link>
    </Page>
  );
}

/** /beian/manage/material (我的备案): the websites whose filing succeeded. */
export function MaterialPage() {
  const p = usePrefixed();
  const filed = useOrders().filter((order) => order.stage >= FILING_STAGES.length && !order.rejected);
  const columns: Column<ReplicaOrder>[] = [
    { key: 'subject', header: '主办单位名称', render: (order) => order.subjectName },
    { key: 'domain', header: '域名', render: (order) => order.domain },
    { key: 'status', header: '备案状态', width: 160, render: (order) => <StatusText order={order} /> },
    {
      key: 'actions',
      header: '操作',
      width: 110,
      render: (order) => (
        <Link to={orderDetailPath(order.orderId)} className={p('link')}>
          查看详情
        </Link>
      ),
    },
  ];
  return (
    <Page title="我的备案">
      <Card>
        <Table columns={columns} rows={filed} rowKey={(order) => order.orderId} />
      </Card>
    </Page>
  );
}
