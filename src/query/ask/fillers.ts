/**
 * Words people add to a question that name nothing the reports state (…一共多少, 那块, 到底, 啊), and the
 * modal 要/将 left at either end of a subject once its verb is read (技术交易额要完成多少, 要改造多少个老旧小区).
 * Stripped from the subject a figure is matched by; the question's other words are read elsewhere.
 */
const FILLERS = /一共|总共|共计|那块|那一块|这块|到底|究竟|大概|大约|来着|啊|呀|哦|嘛|呗|咱们|我们|你们/gu;
const MODAL_EDGE = /^(?:要|将|会|能|得)+|(?:要|将|会|能)+$/u;

export function withoutFillers(subject: string): string {
  return subject.replace(FILLERS, '').replace(MODAL_EDGE, '').trim();
}
