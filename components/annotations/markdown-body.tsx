import type { AnchorHTMLAttributes } from "react";
import ReactMarkdown from "react-markdown";

/**
 * An annotation's Markdown, rendered safely: raw HTML is dropped (never parsed into elements),
 * link and image URLs other than http(s), mailto and relative ones are removed by react-markdown's
 * URL filter, images are shown as their alt text, and external links open with
 * rel="noopener noreferrer nofollow".
 */
export function MarkdownBody({ source }: { source: string }) {
  return (
    <div className="markdown-body" data-testid="markdown-body">
      <ReactMarkdown
        skipHtml
        components={{
          a: ExternalLink,
          img: ({ alt }) => <span className="image-alt">{alt ?? ""}</span>,
        }}
      >
        {source}
      </ReactMarkdown>
    </div>
  );
}

function ExternalLink({
  href,
  children,
  node,
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement> & { node?: unknown }) {
  void node; // react-markdown's syntax-tree node, not an attribute
  const external = href !== undefined && /^https?:\/\//i.test(href);
  return (
    <a
      {...rest}
      href={href}
      {...(external ? { target: "_blank", rel: "noopener noreferrer nofollow" } : {})}
    >
      {children}
    </a>
  );
}
