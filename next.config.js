import createNextIntlPlugin from 'next-intl/plugin';

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The lab serves its own browser on loopback: gzip would only burn CPU on every JSON reply.
  compress: false,
};

// i18n/request.ts picks each request's language and its catalog (messages/*.json).
export default createNextIntlPlugin('./i18n/request.ts')(nextConfig);
