import { Dashboard } from '@/app/_components/dashboard';
import { payOrderLayout } from '@/app/_components/machine-diagram/diagram-layout';
import { DiagramLayoutProvider } from '@/app/_components/machine-diagram/diagram-layout-context';

export default async function Home() {
  return (
    <DiagramLayoutProvider layout={await payOrderLayout()}>
      <Dashboard />
    </DiagramLayoutProvider>
  );
}
