import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { themeScript } from './_shared/ui/theme';
import './globals.css';

export const metadata: Metadata = {
  title: 'Consistency Lab',
  description: 'A local transaction and an RPC, kept consistent — watch every failure case live.',
  // Inline, so the lab needs no static asset for its tab icon: the caller's token.
  icons: {
    icon: "data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'><circle cx='8' cy='8' r='6' fill='%23d97706'/></svg>",
  },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The head's script sets data-theme before hydration: React is told that attribute is expected to differ.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body>{children}</body>
    </html>
  );
}
