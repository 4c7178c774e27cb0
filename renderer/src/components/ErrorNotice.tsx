/** A problem the citizen must read: announced at once, and shown with a sign, not by colour alone. */
export function ErrorNotice({ text }: { text: string }) {
  return (
    <p className="notice notice--error" role="alert">
      <span className="notice__sign" aria-hidden="true">
        !
      </span>
      <span>{text}</span>
    </p>
  );
}
