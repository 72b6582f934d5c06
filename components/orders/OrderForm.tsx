import { useState } from 'react';
import { FILING_TYPE_IDS, FILING_TYPES, type FilingType } from '@/utils/filing/filing-types';
import type { Order } from '@/utils/orders/model';
import type { HandOrderDetails, HandOrderInput } from '@/utils/orders/reducers';
import { STAGES, STAGE_LABELS, type Stage } from '@/utils/orders/stages';
import { TimeForm } from './TimeForm';

export interface ProfileChoice {
  id: string;
  label: string;
}

interface DetailsFieldsProps {
  details: Required<HandOrderDetails>;
  profiles: readonly ProfileChoice[];
  onChange: (details: Required<HandOrderDetails>) => void;
}

/** Order number, site or subject name, filing type and linked profile: what the user knows about an order. */
function DetailsFields({ details, profiles, onChange }: DetailsFieldsProps) {
  const set = (patch: Partial<HandOrderDetails>) => onChange({ ...details, ...patch });
  return (
    <>
      <label>
        订单号（选填，17 位数字）
        <input value={details.orderId} inputMode="numeric" onChange={(e) => set({ orderId: e.target.value })} />
      </label>
      <label>
        网站名称、域名或主办单位名称
        <input value={details.name} onChange={(e) => set({ name: e.target.value })} />
      </label>
      <label>
        备案类型
        <select value={details.filingType} onChange={(e) => set({ filingType: e.target.value as FilingType | '' })}>
          <option value="">（不确定）</option>
          {FILING_TYPE_IDS.map((id) => (
            <option key={id} value={id}>
              {FILING_TYPES[id].name}
            </option>
          ))}
        </select>
      </label>
      <label>
        关联档案（选填）
        <select value={details.profileId} onChange={(e) => set({ profileId: e.target.value })}>
          <option value="">（不关联）</option>
          {profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}

/** The details' problems, in Chinese; null when they can be saved. */
function detailsError(details: HandOrderDetails): string | null {
  const orderId = details.orderId?.trim() ?? '';
  if (orderId && !/^\d{17}$/.test(orderId)) return '订单号应为 17 位数字（可在控制台订单列表或小程序“备案进度”中查看），不知道可以留空。';
  if (!orderId && !details.name?.trim()) return '请至少填写订单号或网站/主办单位名称，以便区分订单。';
  return null;
}

const emptyDetails = (order?: Order): Required<HandOrderDetails> => ({
  orderId: order?.orderId ?? '',
  name: order?.name ?? order?.domain ?? '',
  filingType: order?.filingType ?? '',
  profileId: order?.profileId ?? '',
});

export interface AddOrderFormProps {
  profiles: readonly ProfileChoice[];
  now: number;
  onAdd: (input: HandOrderInput) => void;
  onCancel: () => void;
}

/** Adds an order the extension never saw (filed in the mini program or on another computer). */
export function AddOrderForm({ profiles, now, onAdd, onCancel }: AddOrderFormProps) {
  const [details, setDetails] = useState(() => emptyDetails());
  const [stage, setStage] = useState<Stage>('smsVerification');
  const [error, setError] = useState<string | null>(null);
  const submit = (at: number) => {
    const problem = detailsError(details);
    setError(problem);
    if (!problem) onAdd({ ...details, stage, at });
  };
  return (
    <section className="bh-order-form" aria-label="手动添加订单">
      <h3>手动添加订单</h3>
      <p className="bh-weak">在微信小程序或其他电脑上提交的备案，助手看不到，可以在这里添加，同样会有短信核验倒计时和提醒。</p>
      <TimeForm
        label={stage === 'smsVerification' ? '短信到达时间（北京时间）' : '进入该阶段的时间（北京时间）'}
        initial={now}
        now={now}
        submitLabel="添加订单"
        onSubmit={submit}
        onCancel={onCancel}
      >
        <DetailsFields details={details} profiles={profiles} onChange={setDetails} />
        <label>
          当前阶段
          <select value={stage} onChange={(e) => setStage(e.target.value as Stage)}>
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {STAGE_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
      </TimeForm>
      {error && (
        <p className="bh-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

export interface EditOrderFormProps {
  order: Order;
  profiles: readonly ProfileChoice[];
  onSave: (details: HandOrderDetails) => void;
  onCancel: () => void;
}

/** Edits what the user knows about an order; stages and times are edited in the timeline. */
export function EditOrderForm({ order, profiles, onSave, onCancel }: EditOrderFormProps) {
  const [details, setDetails] = useState(() => emptyDetails(order));
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="bh-order-form"
      aria-label="编辑订单信息"
      onSubmit={(event) => {
        event.preventDefault();
        const problem = detailsError(details);
        setError(problem);
        if (!problem) onSave(details);
      }}
    >
      <DetailsFields details={details} profiles={profiles} onChange={setDetails} />
      <button type="submit" className="bh-primary">
        保存
      </button>
      <button type="button" onClick={onCancel}>
        取消
      </button>
      {error && (
        <p className="bh-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
