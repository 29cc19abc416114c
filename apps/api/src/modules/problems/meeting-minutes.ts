/** The meeting record as a Word document in the plain layout of Chinese meeting minutes (会议纪要). */
import { PROBLEM_STATE_LABELS } from '@chainboard/contracts';
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import type { MeetingRecord } from './meetings.repository.js';

const BODY_FONT = '仿宋_GB2312';
const TITLE_FONT = '方正小标宋简体';
const HEADING_FONT = '黑体';

const cnDate = (d: string) => `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
const para = (text: string, opts: { font?: string; size?: number; bold?: boolean; center?: boolean; indent?: boolean } = {}) =>
  new Paragraph({
    alignment: opts.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    indent: opts.indent === false ? undefined : { firstLine: 640 },
    spacing: { line: 560 },
    children: [new TextRun({ text, font: opts.font ?? BODY_FONT, size: opts.size ?? 32, bold: opts.bold })],
  });

export async function meetingMinutes(m: MeetingRecord): Promise<Buffer> {
  const chinese = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
  const children = [
    para(`${m.chainName}产业链链长协调会议纪要`, { font: TITLE_FONT, size: 44, center: true, indent: false }),
    para(''),
    para(`${cnDate(m.heldOn)}${m.location ? `，在${m.location}` : ''}召开${m.title}。现将会议议定事项纪要如下：`),
    para('一、参会人员', { font: HEADING_FONT }),
    para(m.attendees),
    para('二、协调问题', { font: HEADING_FONT }),
    ...(m.problems.length
      ? m.problems.map((p, i) => para(`（${chinese[i] ?? i + 1}）${p.title}（${PROBLEM_STATE_LABELS[p.state]}）`))
      : [para('本次会议无提交协调的问题。')]),
    para('三、议定事项', { font: HEADING_FONT }),
    ...(m.decisions.length
      ? m.decisions.map((d, i) =>
          para(
            `${i + 1}. ${d.content}（责任单位：${d.ownerOrgName}${d.ownerPerson ? `，责任人：${d.ownerPerson}` : ''}；完成时限：${cnDate(d.deadline)}）`,
          ),
        )
      : [para('无。')]),
    ...(m.notes ? [para('四、其他事项', { font: HEADING_FONT }), para(m.notes)] : []),
    para(''),
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: cnDate(m.heldOn), font: BODY_FONT, size: 32 })] }),
  ];
  const doc = new Document({
    creator: 'chainboard',
    title: `${m.chainName}产业链链长协调会议纪要`,
    sections: [{ properties: { page: { margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 } } }, children }],
  });
  return Packer.toBuffer(doc);
}
