export function NotAllowed() {
  return (
    <section className="card error" role="alert">
      <p lang="zh-CN">您的角色无权查看此页面。</p>
      <p lang="en">Your role does not allow this page.</p>
    </section>
  );
}
