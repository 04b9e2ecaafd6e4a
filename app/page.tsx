export default function Home() {
  return <main>Consistency Lab</main>;
}
