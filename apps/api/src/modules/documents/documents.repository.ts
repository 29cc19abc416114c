import type { StoredDocument } from '@chainboard/contracts';
import type { Insertable } from 'kysely';
import type { Db, DocumentsTable } from '../../db/database.js';

const META = ['id', 'owner_type', 'owner_id', 'kind', 'title', 'file_name', 'content_type', 'size', 'uploaded_at'] as const;

export const documentsRepository = {
  async listFor(db: Db, ownerType: string, ownerId: number): Promise<StoredDocument[]> {
    const docs = await db
      .selectFrom('documents')
      .select(META)
      .where('owner_type', '=', ownerType)
      .where('owner_id', '=', ownerId)
      .orderBy('id')
      .execute();
    const ids = docs.map((d) => Number(d.id));
    const items = ids.length
      ? await db.selectFrom('document_items').selectAll().where('document_id', 'in', ids).orderBy('seq').execute()
      : [];
    return docs.map((d) => ({
      id: Number(d.id),
      kind: d.kind as StoredDocument['kind'],
      title: d.title,
      fileName: d.file_name,
      contentType: d.content_type,
      size: Number(d.size),
      uploadedAt: d.uploaded_at,
      items: items
        .filter((i) => Number(i.document_id) === Number(d.id))
        .map((i) => ({
          id: Number(i.id),
          seq: Number(i.seq),
          content: i.content,
          responsible: i.responsible,
          dueOn: i.due_on,
          status: i.status as StoredDocument['items'][number]['status'],
        })),
    }));
  },

  async meta(db: Db, id: number) {
    return db.selectFrom('documents').select(META).where('id', '=', id).executeTakeFirst();
  },

  async content(db: Db, id: number): Promise<Buffer> {
    const row = await db.selectFrom('documents').select('content').where('id', '=', id).executeTakeFirstOrThrow();
    return Buffer.from(row.content);
  },

  async insert(db: Db, values: Insertable<DocumentsTable>) {
    return Number((await db.insertInto('documents').values(values).returning('id').executeTakeFirstOrThrow()).id);
  },

  async addItem(db: Db, documentId: number, item: { content: string; responsible: string | null; dueOn: string | null; status: string }) {
    const last = await db
      .selectFrom('document_items')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .where('document_id', '=', documentId)
      .executeTakeFirst();
    const seq = Number(last?.seq ?? 0) + 1;
    return Number(
      (
        await db
          .insertInto('document_items')
          .values({
            document_id: documentId,
            seq,
            content: item.content,
            responsible: item.responsible,
            due_on: item.dueOn,
            status: item.status,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id,
    );
  },

  async item(db: Db, id: number) {
    return db.selectFrom('document_items').selectAll().where('id', '=', id).executeTakeFirst();
  },

  async updateItem(db: Db, id: number, values: { content?: string; responsible?: string | null; due_on?: string | null; status?: string }) {
    await db.updateTable('document_items').set(values).where('id', '=', id).execute();
  },
};
