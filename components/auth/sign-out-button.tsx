"use client";

/** Signs out through next-auth's client, loaded on the click: no page pays for it up front. */
export function SignOutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      className="secondary"
      onClick={async () => (await import("next-auth/react")).signOut({ callbackUrl: "/signin" })}
    >
      {label}
    </button>
  );
}
