import type { ButtonHTMLAttributes } from "react";

type Variant = "primary" | "secondary" | "danger" | "link";

const BOX = "inline-flex items-center justify-center rounded-md px-4 py-2 font-medium";
const styles: Record<Variant, string> = {
  primary: `${BOX} bg-accent text-white hover:bg-accent-hover`,
  secondary: `${BOX} border border-accent bg-white text-accent hover:bg-accent-soft`,
  danger: `${BOX} border border-danger bg-white text-danger hover:bg-danger-soft`,
  /** A small action inside a list row (mark done, detach): looks like a link, still 44 px high. */
  link: "text-sm text-accent underline",
};

/**
 * Buttons are at least 44 px high: tap targets on phones (WCAG 2.5.5).
 * `pending` (a form is being sent) blocks a second press with aria-disabled rather than
 * `disabled`: a disabled button drops the keyboard focus to the top of the page. (No handler
 * is made unless pending, so server components can render a Button too.)
 */
export function Button({
  variant = "primary",
  className = "",
  pending = false,
  onClick,
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant; pending?: boolean }) {
  return (
    <button
      aria-disabled={pending || undefined}
      onClick={pending ? (event) => event.preventDefault() : onClick}
      className={`min-h-11 disabled:opacity-60 aria-disabled:opacity-60 ${styles[variant]} ${className}`}
      {...props}
    />
  );
}
