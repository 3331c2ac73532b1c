"use client";

import { signOut } from "next-auth/react";

export function SignOutButton({ label }: { label?: string }) {
  return (
    <button type="button" className="secondary" onClick={() => signOut({ callbackUrl: "/signin" })}>
      {label ?? (
        <>
          <span lang="zh-CN">退出登录</span> · <span lang="en">Sign out</span>
        </>
      )}
    </button>
  );
}
