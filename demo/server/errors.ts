/** The one error shape every route answers with: `{ "error": { "message", "field"? } }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
  toJSON(): { error: { message: string; field?: string } } {
    return { error: this.field ? { message: this.message, field: this.field } : { message: this.message } };
  }
}
