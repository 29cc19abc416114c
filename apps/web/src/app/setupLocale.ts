import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { z } from 'zod';
import { zhCN } from 'zod/locales';

dayjs.locale('zh-cn');
// Schema messages are written in Chinese; this covers zod's generic fallbacks.
z.config(zhCN());
