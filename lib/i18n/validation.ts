import { ROLES } from "@/lib/permissions/roles";
import { MIN_PASSWORD_LENGTH } from "@/lib/schemas/users";

const FIELDS: Record<string, string> = { email: "邮箱", name: "名称", role: "角色", password: "密码", id: "编号" };
const MESSAGES: Record<string, string> = {
  "must be an email address": "必须是邮箱地址",
  "must not be empty": "不能为空",
  [`must be one of ${ROLES.join(", ")}`]: `必须是以下之一：${ROLES.join("、")}`,
  [`must be at least ${MIN_PASSWORD_LENGTH} characters`]: `至少 ${MIN_PASSWORD_LENGTH} 个字符`,
};

/** A validation problem in both languages, for the messages our schemas define. */
export function validationMessage(path: string, message: string): { zh: string; en: string } {
  const zhMessage = MESSAGES[message] ?? (message.startsWith("Too big") ? "过长" : "格式不正确");
  return { zh: `${FIELDS[path] ?? path}：${zhMessage}`, en: `${path}: ${message}` };
}
