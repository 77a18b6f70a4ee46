import { Tag } from 'antd';
import { gradeColor } from '../../lib/grades';

/** A grade in its chart colour, so a table row and a bar read alike. */
export function GradeTag({ grade }: { grade: string }) {
  return (
    <Tag color={gradeColor(grade)} style={{ minWidth: 40, textAlign: 'center', fontWeight: 600 }}>
      {grade}
    </Tag>
  );
}
