import { Dashboard } from '@/app/_components/dashboard';

export default function Home() {
  return <Dashboard />;
}
