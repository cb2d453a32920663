import type { ButtonHTMLAttributes } from "react";

type Variant = "primary" | "secondary" | "danger";

const styles: Record<Variant, string> = {
  primary: "bg-accent text-white hover:bg-accent-hover",
  secondary: "border border-accent bg-white text-accent hover:bg-accent-soft",
  danger: "border border-danger bg-white text-danger hover:bg-danger-soft",
};

/** Buttons are at least 44 px high: tap targets on phones (WCAG 2.5.5). */
export function Button({
  variant = "primary",
  className = "",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return (
    <button
      className={`inline-flex min-h-11 items-center justify-center rounded-md px-4 py-2 font-medium disabled:opacity-60 ${styles[variant]} ${className}`}
      {...props}
    />
  );
}
