/** Simplified Chinese for return-form.messages.ts: its own module, imported only when an element speaks Chinese (core/i18n.ts). */
import type { LookupErrorKey, ReturnFormMessages } from './return-form.messages.js';
import type { ReturnStep, StepError } from '../../domain/return-request.js';

export default {
  steps: '退货步骤',
  stepOf: (n: number, total: number) => `第 ${n} 步，共 ${total} 步`,
  stepName: ((step: ReturnStep) =>
    ({
      lookup: '查找订单',
      items: '选择商品',
      reasons: '退货原因',
      resolution: '处理方式',
      method: '寄回方式',
      review: '确认并提交',
      confirmation: '提交成功',
    })[step]) as (step: ReturnStep) => string,
  withdrawalStepName: ((step: ReturnStep) =>
    ({
      lookup: '撤销合同',
      items: '撤销的商品',
      review: '确认撤销',
      confirmation: '已收到撤销申请',
    })[step as 'lookup'] ?? step) as (step: ReturnStep) => string,
  next: '继续',
  back: '返回',
  lookupIntro: '请输入订单号和下单时使用的电子邮箱。',
  lookupIntroPostcode: '请输入订单号和收货地址的邮政编码。',
  orderNumber: '订单号',
  orderNumberHint: (example: string) => `可在订单确认邮件中找到，例如 ${example}。`,
  email: '电子邮箱',
  postalCode: '邮政编码',
  findOrder: '查找订单',
  lookupFailed: '找不到与这些信息匹配的订单。请检查订单号以及电子邮箱或邮政编码。',
  lookupExpired: '为保护您的信息，请重新查找订单：上次查找已过期。您的选择均已保留。',
  signedIn: '您已登录：我们会为您查找订单。',
  withdrawLink: '撤销合同',
  withdrawIntro: '您可以在撤销期限内通过此表单撤销合同。我们只需要能识别合同的信息，无需账户，也无需说明理由。',
  regularReturnLink: '改为退货',
  submitting: '正在提交…',
  errorSummary: '请检查以下问题',
  error: (key: StepError['key']): string =>
    (
      ({
        orderNumberRequired: '请输入订单号。',
        emailInvalid: '请输入有效的电子邮箱，例如 name@example.com。',
        postalCodeRequired: '请输入收货地址的邮政编码。',
        fieldRefused: '此项未被接受，请检查后重试。',
      }) satisfies Record<LookupErrorKey, string> as Partial<Record<StepError['key'], string>>
    )[key] ?? '',
  errorFor: (title: string, message: string) => `${title}：${message}`,
  notConfigured: '本店尚未设置退货功能。',

  unavailable: '退货表单的这一部分无法加载。请检查网络连接后重试。您填写的内容已保留。',
} satisfies ReturnFormMessages;
