import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

// GET|POST /api/auth/*: next-auth's own routes (sign-in, sign-out, session, CSRF token).
const handler = NextAuth(authOptions);

export { handler as GET, handler as POST };
