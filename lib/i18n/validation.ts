import { ROLES } from "@/lib/permissions/roles";
import { MAX_BODY, MAX_TAGS } from "@/lib/schemas/annotations";
import { MIN_PASSWORD_LENGTH } from "@/lib/schemas/users";

const FIELDS: Record<string, string> = { email: "邮箱", name: "名称", role: "角色", password: "密码", id: "编号", body: "正文", tags: "标签", target: "标注对象", baseVersion: "基础版本" };
const MESSAGES: Record<string, string> = {
  "must be an email address": "必须是邮箱地址",
  "must not be empty": "不能为空",
  [`must be one of ${ROLES.join(", ")}`]: `必须是以下之一：${ROLES.join("、")}`,
  [`must be at least ${MIN_PASSWORD_LENGTH} characters`]: `至少 ${MIN_PASSWORD_LENGTH} 个字符`,
  "body is required": "必须填写正文",
  "body must not be empty": "正文不能为空",
  [`body must be at most ${MAX_BODY} characters`]: `正文最多 ${MAX_BODY} 个字符`,
  [`at most ${MAX_TAGS} tags`]: `最多 ${MAX_TAGS} 个标签`,
  "a tag must not be empty": "标签不能为空",
  "a tag must be at most 40 characters": "标签最多 40 个字符",
  "a tag is one word without spaces, commas, quotes or angle brackets": "标签是一个词，不能含空格、逗号、引号或尖括号",
  "baseVersion is required": "必须给出所依据的版本（baseVersion）",
  "nothing to change": "没有要修改的内容",
};

/** A validation problem in both languages, for the messages our schemas define. */
export function validationMessage(path: string, message: string): { zh: string; en: string } {
  const zhMessage = MESSAGES[message] ?? (message.startsWith("Too big") ? "过长" : message.startsWith("Invalid input") ? "类型或取值不正确" : "格式不正确");
  return { zh: `${FIELDS[path] ?? path}：${zhMessage}`, en: `${path}: ${message}` };
}
