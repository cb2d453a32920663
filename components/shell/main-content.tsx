/**
 * The page's main landmark and the skip link's target. tabIndex -1 lets the skip
 * link move focus here (not just scroll), so the next Tab starts inside the content.
 */
export function MainContent({ className = "", children }: { className?: string; children: React.ReactNode }) {
  return (
    <main id="inhoud" tabIndex={-1} className={className}>
      {children}
    </main>
  );
}
