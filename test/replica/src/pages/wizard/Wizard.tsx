import type { ComponentType } from 'react';
import { DRAFT_ORDER_ID } from '../../data/orders';
import { WIZARD_STEP_IDS, orderDetailPath, wizardPath, type WizardStepId } from '../../routes';
import { navigate, readValue, submitDraftOrder, useReplica, useValue, websitePath } from '../../store';
import { FormActions } from '../../ui/Form';
import { Button, Page, Stepper } from '../../ui/Layout';
import { MaterialStep, ReviewStep, SubjectStep, VerifyStep, WebsiteStep } from './steps';
import { stepTitles } from './wording';

const STEP_BODIES: Record<WizardStepId, ComponentType> = {
  verify: VerifyStep,
  subject: SubjectStep,
  website: WebsiteStep,
  material: MaterialStep,
  review: ReviewStep,
};

function timestamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

function submit(orderId: string, filingType: string): void {
  submitDraftOrder({
    orderId,
    filingType,
    subjectName: readValue<string>('subject.name'),
    domain: readValue<string>(websitePath(0, 'domain')),
    status: '腾讯云审核中',
    stage: 1,
    submittedAt: timestamp(new Date()),
  });
  navigate(orderDetailPath(orderId));
}

/** The filing wizard: one page per step under /beian/manage/process/{orderId}/{step}, moved through with pushState. */
export function Wizard({ orderId, step }: { orderId: string; step: WizardStepId }) {
  const wording = useReplica((state) => state.wording);
  const filing = useReplica((state) => state.filing);
  const agreed = useValue<boolean>('extra.agreement');
  const id = orderId || DRAFT_ORDER_ID;
  const index = WIZARD_STEP_IDS.indexOf(step);
  const previous = WIZARD_STEP_IDS[index - 1];
  const next = WIZARD_STEP_IDS[index + 1];
  const Body = STEP_BODIES[step];
  return (
    <Page title={filing}>
      <Stepper steps={stepTitles(wording)} current={index} />
      <div className="replica-wizard-body">
        <Body />
      </div>
      <FormActions>
        {previous && (
          <Button weak onClick={() => navigate(wizardPath(id, previous))}>
            上一步
          </Button>
        )}
        {next ? (
          <Button onClick={() => navigate(wizardPath(id, next))}>下一步</Button>
        ) : (
          <Button disabled={!agreed} onClick={() => submit(id, filing)}>
            提交备案信息
          </Button>
        )}
      </FormActions>
    </Page>
  );
}
