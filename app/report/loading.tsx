import { Skeleton } from "@/components/states/skeleton";

export default function Loading() {
  return <Skeleton shape="matrix" />;
}
