/** Simplified Chinese for review-form.errors.ts: its own module, imported only when an element speaks Chinese (core/i18n.ts). */
import type { ReviewErrorMessages } from './review-form.errors.js';
import type { ReviewField as Field, ReviewProblem as Problem } from '../../domain/review-input.js';

export default {
  error: (field: Field, problem: Problem, limit: string): string => {
    if (problem === 'busy') return '请等待照片和视频上传完成';
    if (problem === 'too-long')
      return field === 'title'
        ? `标题不能超过 ${limit} 个字`
        : field === 'author'
          ? `名字不能超过 ${limit} 个字`
          : field === 'media'
            ? `每个照片或视频的描述不能超过 ${limit} 个字`
            : `评价不能超过 ${limit} 个字`;
    if (problem === 'invalid') return field === 'email' ? '请输入有效的电子邮箱，例如 name@example.com' : '请选择一个尺码选项';
    return {
      rating: '请选择 1 到 5 星的评分',
      body: '请填写您的评价',
      author: '请输入您的名字',
      email: '请输入电子邮箱',
      consent: '请同意公开展示您的照片和视频，或将其删除',
      title: '请输入标题',
      fit: '请选择尺码感受',
      media: '请检查您的照片和视频',
    }[field];
  },
  refused: (field: Field, item?: string): string =>
    field === 'media' && item
      ? `商家未接受第 ${item} 个照片或视频或其描述：请修改或删除`
      : {
          rating: '商家未接受此评分：请选择 1 到 5 星',
          title: '商家未接受此标题：请修改',
          body: '商家未接受您的评价内容：请修改',
          fit: '商家未接受此尺码选项：请另选一个',
          author: '商家未接受此名字：请修改',
          email: '商家未接受此电子邮箱：请检查',
          consent: '商家需要您同意公开展示照片和视频，或将其删除',
          media: '商家未接受某个照片或视频或其描述：请修改或删除',
        }[field],
  thanks: '感谢您的评价！',
  published: '评价已发布。',
  pending: '商家审核后将会显示。',
  mediaPending: '您的照片和视频将在商家审核通过后显示。',
  another: '再写一条评价',
} satisfies ReviewErrorMessages;
