import {
  CLOUD_RESOURCES,
  INFO_SOURCE_OPTION,
  MAX_WEBSITES,
  NO_PRE_APPROVAL,
  PRE_APPROVAL_TYPES,
  SERVICE_CONTENTS,
  SERVICE_TYPES,
  SUBJECT_NATURES,
  WEBSITE_LANGUAGES,
  certificateTypesFor,
  subjectTypeFor,
} from '../../data/options';
import { REGIONS } from '../../data/regions';
import { addWebsite, readValue, setValue, setValues, useReplica, useValue, websitePath } from '../../store';
import { Cascader } from '../../ui/Cascader';
import { Checkbox, CheckboxGroup } from '../../ui/Check';
import { Form, FormItem, FormText } from '../../ui/Form';
import { Button, Card } from '../../ui/Layout';
import { Select, SelectMultiple } from '../../ui/Select';
import {
  CheckboxField,
  CheckboxGroupField,
  PrincipalFields,
  RadioField,
  TextAreaField,
  TextField,
  UploadField,
} from './fields';
import { WORDINGS, subjectNameLabel } from './wording';

function useSubjectType(): string {
  return useValue<string>('subject.type');
}

function useRegionText(): string {
  const province = useValue<string>('subject.province');
  const city = useValue<string>('subject.city');
  const district = useValue<string>('subject.district');
  return [province, city, district].filter(Boolean).join(' / ');
}

function chooseNature(nature: string): void {
  const certificateType = readValue<string>('subject.certificateType');
  setValues({
    'extra.subjectNature': nature,
    'subject.type': subjectTypeFor(nature),
    // A certificate type of the previous nature would not be offered any more.
    'subject.certificateType': certificateTypesFor(nature).includes(certificateType) ? certificateType : '',
  });
}

/** Step 1 – 验证备案信息 (console-markup.md §3.1). */
export function VerifyStep() {
  const type = useSubjectType();
  const enterprise = type === 'enterprise';
  const nature = useValue<string>('extra.subjectNature');
  const certificateType = useValue<string>('subject.certificateType');
  const region = [useValue<string>('subject.province'), useValue<string>('subject.city'), useValue<string>('subject.district')];
  const cloudResource = useValue<string>('extra.cloudResource');
  return (
    <Card title="备案基础信息">
      <Form>
        <CheckboxField label="信息填写方式" path="extra.reuseAccountInfo" text={INFO_SOURCE_OPTION} />
        <FormItem
          label="备案区域"
          required
          help={enterprise ? '省份与单位证件一致，市、区与实际通信地址一致即可' : '建议您选择个人证件上的省、市、区'}
        >
          <Cascader
            data={REGIONS}
            value={region.filter(Boolean)}
            onChange={([province = '', city = '', district = '']) =>
              setValues({ 'subject.province': province, 'subject.city': city, 'subject.district': district })
            }
          />
        </FormItem>
        <FormItem label="主办单位性质" required>
          <Select value={nature} options={SUBJECT_NATURES} onChange={chooseNature} />
        </FormItem>
        <FormItem label="证件类型" required>
          <Select
            value={certificateType}
            options={certificateTypesFor(nature)}
            onChange={(next) => setValue('subject.certificateType', next)}
          />
        </FormItem>
        <UploadField
          label="上传证件"
          slot="subjectCertificate"
          help="上传营业执照或身份证后，系统会自动识别并填充证件号码。如系统识别有误，请自行修正。"
        />
        <TextField
          label={subjectNameLabel(type)}
          path="subject.name"
          className="org-name"
          help={enterprise ? '需与单位证件上的名称及账号实名认证名称一致' : '需与证件上的姓名一致'}
        />
        <TextField label="证件号码" path="subject.certificateNumber" className="org-certificate-number" />
        {enterprise && (
          <>
            <TextField label="法定代表人姓名" path="subject.legalRepresentative.name" className="legalPerson" />
            <TextField
              label="法定代表人证件号码"
              path="subject.legalRepresentative.certificateNumber"
              className="legalPersonCerNumber"
            />
          </>
        )}
        <RadioField label="应用服务类型" path="extra.serviceType" options={SERVICE_TYPES} />
        <TextField
          label="域名"
          path={websitePath(0, 'domain')}
          className="domain"
          placeholder="请输入需要进行备案的域名"
          help="请输入需要进行备案的域名，不带 www"
        />
        <RadioField label="云资源" path="extra.cloudResource" options={CLOUD_RESOURCES} />
        {cloudResource === '备案授权码' && <TextField label="备案授权码" path="extra.authorizationCode" />}
      </Form>
    </Card>
  );
}

/** Step 2 – 填写主体信息 (§3.2). */
export function SubjectStep() {
  const type = useSubjectType();
  const enterprise = type === 'enterprise';
  return (
    <>
      <Card title="主办单位信息">
        <Form>
          <FormText label="主办单位所属区域" value={useRegionText()} />
          <FormText label="主办单位性质" value={useValue<string>('extra.subjectNature')} />
          <FormText label={subjectNameLabel(type)} value={useValue<string>('subject.name')} />
          <FormText label="证件类型" value={useValue<string>('subject.certificateType')} />
          <FormText label="证件号码" value={useValue<string>('subject.certificateNumber')} />
          <TextField label="证件住所" path="subject.certificateAddress" help="请填写与所提供证件完全一致的地址" />
          {enterprise && <TextField label="投资人或主管单位" path="subject.investor" help="请填写企业真实投资人或真实主管单位" />}
          <TextField
            label="通信地址"
            path="subject.mailingAddress"
            help={enterprise ? '请填写单位实际办公地址，精确到门牌号' : '请填写个人实际住址，精确到门牌号'}
          />
          <TextAreaField label="备注" path="subject.remark" required={false} help="请根据页面提示，进行对应备注" />
        </Form>
      </Card>
      <Card title="主体负责人信息">
        <Form>
          <PrincipalFields base="principal" withOfficePhone={enterprise} smsCodePath="extra.principalSmsCode" emailLabel="电子邮箱地址" />
        </Form>
      </Card>
    </>
  );
}

/** 前置或专项审批: 以上都不涉及 excludes the categories and is kept apart, as the profile writes it as []. */
function PreApprovalField({ index }: { index: number }) {
  const path = websitePath(index, 'preApprovals');
  const nonePath = `extra.${websitePath(index, 'noPreApproval')}`;
  const categories = useValue<string[]>(path);
  const none = useValue<boolean>(nonePath);
  return (
    <FormItem label="前置或专项审批内容类型" required text help="涉及前置审批的，请在上传资料时提供审批文件">
      <CheckboxGroup
        value={none ? [NO_PRE_APPROVAL] : categories}
        options={[...PRE_APPROVAL_TYPES, NO_PRE_APPROVAL]}
        onChange={(next) => {
          const choseNone = next.includes(NO_PRE_APPROVAL) && !none;
          setValues({
            [path]: choseNone ? [] : next.filter((option) => option !== NO_PRE_APPROVAL),
            [nonePath]: choseNone,
          });
        }}
      />
    </FormItem>
  );
}

function WebsiteBlock({ index }: { index: number }) {
  const wording = WORDINGS[useReplica((state) => state.wording)];
  const enterprise = useSubjectType() === 'enterprise';
  const at = (field: string) => websitePath(index, field);
  const serviceContent = useValue<string[]>(at('serviceContent'));
  const sameAsPrincipal = useValue<boolean>(at('sameAsPrincipal'));
  return (
    <div className="replica-website-block">
      <Card title={wording.card}>
        <Form>
          <TextField label={wording.name} path={at('name')} help="请参考网站命名规范，不得使用“中国”“国家”等字样" />
          <TextField
            label="网站域名"
            path={at('domain')}
            className="domain"
            disabled={index === 0}
            placeholder="请输入域名，如 example.com"
            help={index === 0 ? '此处显示您在验证备案信息时填写的域名' : undefined}
          />
          <TextField label="网站首页URL" path={at('homepageUrl')} placeholder="请输入不带 http:// 的首页地址" />
          <FormItem label={wording.content} required help={enterprise ? '一般选择单位门户网站' : '个人网站一般选择其他'}>
            <SelectMultiple
              value={serviceContent}
              options={SERVICE_CONTENTS}
              searchable
              onChange={(next) => setValue(at('serviceContent'), next)}
            />
          </FormItem>
          <CheckboxGroupField label="网站语言" path={at('languages')} options={WEBSITE_LANGUAGES} />
          <PreApprovalField index={index} />
          <TextAreaField label={wording.remark} path={at('remark')} maxLength={200} help="不少于 15 字，请如实描述网站的具体内容" />
          <CheckboxField
            label="公安联网备案同步"
            path={`extra.${at('policeFilingSync')}`}
            text="备案通过后自动生成公安备案数据码"
          />
        </Form>
      </Card>
      <Card title={wording.principalCard}>
        <Form>
          <FormItem label={wording.principalLabel} text help="勾选后与主体负责人信息一致，无需重复填写">
            <Checkbox checked={sameAsPrincipal} onChange={(next) => setValue(at('sameAsPrincipal'), next)}>
              同主体负责人
            </Checkbox>
          </FormItem>
          {!sameAsPrincipal && <PrincipalFields base={at('principal')} withOfficePhone emailLabel="电子邮箱" />}
        </Form>
      </Card>
    </div>
  );
}

/** Step 3 – 填写网站信息 / 填写服务信息 (§3.3): one block per website; units may add up to ten. */
export function WebsiteStep() {
  const wording = WORDINGS[useReplica((state) => state.wording)];
  const count = useReplica((state) => state.websiteCount);
  const enterprise = useSubjectType() === 'enterprise';
  return (
    <>
      {Array.from({ length: count }, (_, index) => (
        <WebsiteBlock key={index} index={index} />
      ))}
      {enterprise && count < MAX_WEBSITES && (
        <div className="replica-add-website">
          <Button weak onClick={addWebsite}>
            {wording.addButton}
          </Button>
        </div>
      )}
    </>
  );
}

/** Step 4 – 上传资料 / 人脸核验 (§3.4). */
export function MaterialStep() {
  const enterprise = useSubjectType() === 'enterprise';
  return (
    <>
      <Card title="上传资料">
        <Form>
          {enterprise && <UploadField label="主办单位证件" slot="subjectLicense" help="请上传营业执照等单位证件的彩色扫描件或照片" />}
          <UploadField label="主体负责人证件正面" slot="principalIdFront" />
          <UploadField label="主体负责人证件反面" slot="principalIdBack" />
          {enterprise && (
            <>
              <UploadField label="网站负责人证件正面" slot="websitePrincipalIdFront" />
              <UploadField label="网站负责人证件反面" slot="websitePrincipalIdBack" />
            </>
          )}
          <UploadField
            label="其他材料"
            slot="otherMaterials"
            required={false}
            multiple
            help="居住证、授权书、承诺书等，按所在省管局要求上传"
          />
        </Form>
      </Card>
      <Card title="人脸核验">
        <p className="replica-face-check">请使用微信扫描二维码，在“腾讯云网站备案”小程序中完成人脸核验。</p>
        <div className="replica-qr" role="img" aria-label="人脸核验二维码" />
      </Card>
    </>
  );
}

function joinList(values: string[]): string {
  return values.join('、');
}

function PrincipalSummary({ base, title }: { base: string; title: string }) {
  const at = (field: string) => `${base}.${field}`;
  const from = useValue<string>(at('certificateValidFrom'));
  const to = useValue<string>(at('certificateValidTo'));
  return (
    <Card title={title}>
      <Form readonly>
        <FormText label="负责人姓名" value={useValue<string>(at('name'))} />
        <FormText label="证件类型" value={useValue<string>(at('certificateType'))} />
        <FormText label="证件号码" value={useValue<string>(at('certificateNumber'))} />
        <FormText label="证件有效期" value={from || to ? `${from || '-'} 至 ${to || '-'}` : ''} />
        <FormText label="办公室电话" value={useValue<string>(at('officePhone'))} />
        <FormText label="手机号码" value={useValue<string>(at('mobile'))} />
        <FormText label="应急联系电话" value={useValue<string>(at('emergencyPhone'))} />
        <FormText label="电子邮箱地址" value={useValue<string>(at('email'))} />
      </Form>
    </Card>
  );
}

function WebsiteSummary({ index }: { index: number }) {
  const wording = WORDINGS[useReplica((state) => state.wording)];
  const at = (field: string) => websitePath(index, field);
  const preApprovals = useValue<string[]>(at('preApprovals'));
  const noPreApproval = useValue<boolean>(`extra.${at('noPreApproval')}`);
  const sameAsPrincipal = useValue<boolean>(at('sameAsPrincipal'));
  return (
    <>
      <Card title={wording.card}>
        <Form readonly>
          <FormText label={wording.name} value={useValue<string>(at('name'))} />
          <FormText label="网站域名" value={useValue<string>(at('domain'))} />
          <FormText label="网站首页URL" value={useValue<string>(at('homepageUrl'))} />
          <FormText label={wording.content} value={joinList(useValue<string[]>(at('serviceContent')))} />
          <FormText label="网站语言" value={joinList(useValue<string[]>(at('languages')))} />
          <FormText label="前置或专项审批内容类型" value={noPreApproval ? NO_PRE_APPROVAL : joinList(preApprovals)} />
          <FormText label={wording.remark} value={useValue<string>(at('remark'))} />
        </Form>
      </Card>
      {sameAsPrincipal ? (
        <Card title={wording.principalCard}>
          <Form readonly>
            <FormText label={wording.principalLabel} value="同主体负责人" />
          </Form>
        </Card>
      ) : (
        <PrincipalSummary base={at('principal')} title={wording.principalCard} />
      )}
    </>
  );
}

/** Step 5 – 提交审核: a read-only summary, the agreement and the submit button (rendered by the wizard). */
export function ReviewStep() {
  const type = useSubjectType();
  const count = useReplica((state) => state.websiteCount);
  return (
    <>
      <Card title="主办单位信息">
        <Form readonly>
          <FormText label="主办单位所属区域" value={useRegionText()} />
          <FormText label="主办单位性质" value={useValue<string>('extra.subjectNature')} />
          <FormText label={subjectNameLabel(type)} value={useValue<string>('subject.name')} />
          <FormText label="证件类型" value={useValue<string>('subject.certificateType')} />
          <FormText label="证件号码" value={useValue<string>('subject.certificateNumber')} />
          <FormText label="证件住所" value={useValue<string>('subject.certificateAddress')} />
          <FormText label="投资人或主管单位" value={useValue<string>('subject.investor')} />
          <FormText label="通信地址" value={useValue<string>('subject.mailingAddress')} />
          <FormText label="备注" value={useValue<string>('subject.remark')} />
        </Form>
      </Card>
      <PrincipalSummary base="principal" title="主体负责人信息" />
      {Array.from({ length: count }, (_, index) => (
        <WebsiteSummary key={index} index={index} />
      ))}
      <Card>
        <Form>
          <CheckboxField
            label="服务条款"
            path="extra.agreement"
            text="同意，我已阅读《协助更改备案信息服务在线服务条款》和《腾讯云隐私声明》"
          />
        </Form>
      </Card>
    </>
  );
}
