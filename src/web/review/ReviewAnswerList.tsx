// The review questions of one client with the figures that answer them.
import { List, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ReviewAnswer } from './reviewAnswers.ts';

export function ReviewAnswerList({ answers }: { answers: ReviewAnswer[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="dl" m={0}>
      {answers.map((answer) => (
        <div key={answer.question}>
          <Text component="dt" size="sm" fw={600}>
            {t(`review.questions.${answer.question}`)}
          </Text>
          <Text component="dd" size="sm" m={0}>
            <List size="sm" spacing={2}>
              {answer.lines.map((line) => (
                <List.Item
                  key={line.text}
                  c={line.warning ? 'red.9' : undefined}
                  icon={
                    <ThemeIcon
                      size={16}
                      radius="xl"
                      variant="light"
                      color={line.warning ? 'orange' : 'gray'}
                      aria-hidden="true"
                    >
                      {line.warning ? (
                        <IconAlertTriangle size={12} />
                      ) : (
                        <IconCircleCheck size={12} />
                      )}
                    </ThemeIcon>
                  }
                >
                  {line.text}
                </List.Item>
              ))}
            </List>
          </Text>
        </div>
      ))}
    </Stack>
  );
}
