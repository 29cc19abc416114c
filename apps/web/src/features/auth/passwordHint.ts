import { PASSWORD_MIN_LENGTH } from '@chainboard/contracts';

// Worded unlike the error messages ("密码至少 8 位") so a hint is never mistaken for an error.
export const PASSWORD_HINT = `长度不少于 ${PASSWORD_MIN_LENGTH} 位，须含大写字母、小写字母、数字、符号中的三类及以上`;
