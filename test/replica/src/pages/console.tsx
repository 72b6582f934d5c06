import { PATHS } from '../routes';
import { navigate, setValue, useValue, websitePath } from '../store';
import { Form, FormItem } from '../ui/Form';
import { Input } from '../ui/Input';
import { Button, Card, Link, Page } from '../ui/Layout';
import { usePrefixed } from '../ui/prefix';
import { Table } from '../ui/Table';

interface Instance {
  id: string;
  name: string;
  region: string;
  ip: string;
}

const INSTANCES: Instance[] = [
  { id: 'ins-6ykq3vzt', name: 'web-server-01', region: '广州六区', ip: '119.29.10.21' },
  { id: 'ins-2p9d7xaa', name: 'blog-lighthouse', region: '上海五区', ip: '106.55.32.8' },
];

/** /: the console overview, outside the filing app. */
export function ConsoleHomePage() {
  const p = usePrefixed();
  return (
    <Page title="控制台总览">
      <Card title="最近访问">
        <ul className="replica-shortcuts">
          <li>
            <Link to={PATHS.cvm} className={p('link')}>
              云服务器
            </Link>
          </li>
          <li>
            <Link to={PATHS.beianHome} className={p('link')}>
              ICP备案
            </Link>
          </li>
        </ul>
      </Card>
    </Page>
  );
}

/** /cvm/index: another product of the console, from which the user walks into the filing app without a reload. */
export function CvmPage() {
  const p = usePrefixed();
  return (
    <Page title="云服务器">
      <Card title="实例列表">
        <Table
          columns={[
            { key: 'id', header: 'ID/名称', render: (row: Instance) => `${row.id} / ${row.name}` },
            { key: 'region', header: '地域', width: 160, render: (row: Instance) => row.region },
            { key: 'ip', header: '公网 IP', width: 180, render: (row: Instance) => row.ip },
          ]}
          rows={INSTANCES}
          rowKey={(row) => row.id}
        />
      </Card>
      <Card title="网站备案">
        <p>
          在中国内地服务器上开通网站前，需要先完成 ICP 备案。{' '}
          <Link to={PATHS.beianHome} className={p('link')}>
            前往 ICP备案
          </Link>
        </p>
      </Card>
    </Page>
  );
}

/** /beian/manage (also /beian and /beian/manage/welcome): the filing app's home. */
export function BeianHomePage() {
  const domainPath = websitePath(0, 'domain');
  const domain = useValue<string>(domainPath);
  return (
    <Page title="腾讯云备案管理">
      <Card title="开始备案">
        <Form>
          <FormItem label="备案域名" help="输入您要备案的域名，系统将根据域名识别备案类型">
            <div className="replica-inline">
              <Input value={domain} onChange={(next) => setValue(domainPath, next)} placeholder="请输入需要备案的域名" />
              <Button onClick={() => navigate(PATHS.verification)}>去备案</Button>
            </div>
          </FormItem>
        </Form>
      </Card>
      <Card title="备案服务">
        <div className="replica-inline">
          <Button weak onClick={() => navigate(PATHS.verification)}>
            新增备案
          </Button>
          <Link to={PATHS.orders}>查看备案订单</Link>
          <Link to={PATHS.material}>我的备案</Link>
        </div>
      </Card>
    </Page>
  );
}

export function NotFoundPage() {
  const p = usePrefixed();
  return (
    <Page title="页面不存在">
      <p>您访问的页面不存在或已下线。</p>
      <Link to={PATHS.consoleHome} className={p('link')}>
        返回控制台首页
      </Link>
    </Page>
  );
}
