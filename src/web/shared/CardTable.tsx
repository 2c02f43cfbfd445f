// A table whose rows carry buttons (done, edit, delete): its columns on a wide box, a card per row
// on a narrow one such as a phone (decision 0024), so no row's buttons lie beyond the right edge
// and nothing scrolls sideways. It follows the space the table has, not the window (a container
// query in styles.css). In a card the header row is gone for the eye, so a cell that needs its
// name carries it: `<Table.Td data-label={…}>`; the first cell heads the card, the buttons close it.
import { Table, type TableProps } from '@mantine/core';

export function CardTable({ className, ...props }: TableProps) {
  return (
    <div className="card-table-box">
      <Table {...props} className={className ? `card-table ${className}` : 'card-table'} />
    </div>
  );
}
