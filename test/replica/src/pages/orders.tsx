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

/** /beian/manage/process/{orderId}/detail: stage strip, status and any notice of one order. */
export function OrderDetailPage({ orderId }: { orderId: string }) {
  const p = usePrefixed();
  const order = useOrders().find((candidate) => candidate.orderId === orderId);
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
      {order.notice && (
        <Alert tone={order.notice.tone}>
          <p>{order.notice.text}</p>
          {order.notice.linkToMiit && (
            <a href={MIIT_VERIFICATION_URL} target="_blank" rel="noreferrer" className={p('link')}>
              前往工信部备案管理系统
            </a>
          )}
        </Alert>
      )}
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
