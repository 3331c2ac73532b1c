import { countCountries } from "@/lib/queries/countries";
import { checkDatabase } from "@/lib/queries/health";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const db = await checkDatabase();
  const countries = db.ok ? await countCountries() : null;
  return (
    <main>
      <h1 lang="zh-CN">智慧城市比较</h1>
      <p className="subtitle" lang="en">Smart City Compare</p>
      {countries === null ? (
        <section className="card error" role="alert">
          <p lang="zh-CN">无法连接数据库。</p>
          <p lang="en">The database cannot be reached.</p>
        </section>
      ) : (
        <section className="card" aria-labelledby="countries-label">
          <div className="stat" data-testid="country-count">{countries}</div>
          <p id="countries-label">
            <span lang="zh-CN">个国家和地区已收录</span> · <span lang="en">countries and regions stored</span>
          </p>
        </section>
      )}
    </main>
  );
}
