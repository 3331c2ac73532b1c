/** What is wrong with one field, in the reader's language (browser check or server problems). */
export function FieldErrorList({ messages }: { messages?: readonly string[] }) {
  if (!messages?.length) return null;
  return (
    <ul className="edit-errors" role="alert">
      {messages.map((m) => (
        <li key={m}>{m}</li>
      ))}
    </ul>
  );
}
