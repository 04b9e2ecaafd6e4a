/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The lab serves its own browser on loopback: gzip would only burn CPU on every JSON reply.
  compress: false,
};

export default nextConfig;
