// A table of figures wider than a phone scrolls on its own, its first column kept in view
// (decision 0024), and from the keyboard as well: its box is a named region that takes focus, so
// the arrow keys scroll it. Every wide table without buttons in its rows goes through one of these.
import { Table } from '@mantine/core';
import type { CSSProperties, ReactNode, Ref } from 'react';

/** A Mantine table (`<Table>`) in a scroll box at least `minWidth` wide. */
export function ScrollTable(props: {
  /** Names the region for a screen reader: the table's title. */
  label: string;
  minWidth: number;
  maxHeight?: number;
  children: ReactNode;
}) {
  return (
    <Table.ScrollContainer
      minWidth={props.minWidth}
      maxHeight={props.maxHeight}
      scrollAreaProps={{
        viewportProps: { tabIndex: 0, role: 'region', 'aria-label': props.label },
      }}
    >
      {props.children}
    </Table.ScrollContainer>
  );
}

/** A scroll box of its own class (`portfolio-table-scroll`, `bridge-table-scroll`), named by a
 *  label or by the id of the heading above it. */
export function ScrollRegion(props: {
  label?: string;
  labelledBy?: string;
  className?: string;
  style?: CSSProperties;
  ref?: Ref<HTMLDivElement>;
  children: ReactNode;
}) {
  return (
    <div
      ref={props.ref}
      className={props.className}
      style={props.style}
      role="region"
      aria-label={props.label}
      aria-labelledby={props.labelledBy}
      tabIndex={0}
    >
      {props.children}
    </div>
  );
}
