// The page a client's personal link opens (decision 0040): outside the app's shell, with no
// session, in the request's language; the questions of the evaluation, then thanks. A link that
// is used, unknown or expired says so in the browser's language, as the page knows no other.
import {
  Alert,
  Box,
  Button,
  Center,
  Divider,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { api, ApiError, unwrap, type Schemas } from '../api/client.ts';
import { useTranslation } from 'react-i18next';
import { initialLanguage } from '../i18n/index.ts';
import { ScoreScale } from './ScoreScale.tsx';

type Page = Schemas['SurveyPage'];
type Aspect = Page['questions']['aspects'][number];
type Trust = Page['questions']['trust'][number];

function Frame({ firm, children }: { firm?: string | undefined; children: ReactNode }) {
  return (
    <Box component="main" id="content" bg="gray.0" mih="100vh" py="lg" px="sm">
      <Center>
        <Stack w="100%" maw={720} gap="md">
          {firm && (
            <Text fw={700} size="xl" c="teal.9" px="xs">
              {firm}
            </Text>
          )}
          <Paper withBorder shadow="xs" p={{ base: 'md', sm: 'xl' }} radius="md">
            {children}
          </Paper>
        </Stack>
      </Center>
    </Box>
  );
}

function Notice({ title, text }: { title: string; text: string }) {
  return (
    <Stack>
      <Title order={1} size="h2">
        {title}
      </Title>
      <Text>{text}</Text>
    </Stack>
  );
}

export function SurveyPage() {
  const token = useParams()['token'] ?? '';
  const page = useQuery({
    queryKey: ['survey', token],
    queryFn: () => unwrap(api.GET('/api/v1/survey/{token}', { params: { path: { token } } })),
    retry: false,
    staleTime: Infinity,
  });
  const language = page.data?.language ?? initialLanguage();
  const { t } = useTranslation(undefined, { lng: language });
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('survey.pageTitle');
  }, [language, t]);

  if (page.isPending) return <Frame>{null}</Frame>;
  if (page.error) {
    const used = page.error instanceof ApiError && page.error.status === 409;
    const gone = page.error instanceof ApiError && page.error.status === 404;
    return (
      <Frame>
        {used ? (
          <Notice title={t('survey.usedTitle')} text={t('survey.used')} />
        ) : gone ? (
          <Notice title={t('survey.goneTitle')} text={t('survey.gone')} />
        ) : (
          <Alert color="red" role="alert">
            {t('survey.failed')}
          </Alert>
        )}
      </Frame>
    );
  }
  return <SurveyForm token={token} page={page.data} />;
}

function SurveyForm({ token, page }: { token: string; page: Page }) {
  const { t } = useTranslation(undefined, { lng: page.language });
  const firm = page.firmName;
  const [overall, setOverall] = useState<number | null>(null);
  const [scores, setScores] = useState<Partial<Record<Aspect, number | null>>>({});
  const [recommend, setRecommend] = useState<number | null>(null);
  const [trust, setTrust] = useState<Trust | null>(null);
  const [comments, setComments] = useState('');
  const [missing, setMissing] = useState(false);
  const answer = useMutation({
    mutationFn: (body: Schemas['SurveyAnswer']) =>
      unwrap(api.POST('/api/v1/survey/{token}', { params: { path: { token } }, body })),
  });

  if (answer.isSuccess)
    return (
      <Frame firm={firm}>
        <Notice title={t('survey.thanksTitle')} text={t('survey.thanks', { firm })} />
      </Frame>
    );
  if (answer.error instanceof ApiError && answer.error.status === 409)
    return (
      <Frame firm={firm}>
        <Notice title={t('survey.usedTitle')} text={t('survey.used')} />
      </Frame>
    );
  if (answer.error instanceof ApiError && answer.error.status === 404)
    return (
      <Frame firm={firm}>
        <Notice title={t('survey.goneTitle')} text={t('survey.gone')} />
      </Frame>
    );

  const submit = () => {
    if (overall === null) {
      setMissing(true);
      return;
    }
    answer.mutate({
      overall,
      scores,
      recommend,
      trust,
      comments: comments.trim() || null,
    });
  };

  return (
    <Frame firm={firm}>
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {t('survey.pageTitle')}
          </Title>
          <Text>{t('survey.greeting', { name: page.contactFirstName })}</Text>
          <Text>
            {page.assignmentTitle
              ? t('survey.introAssignment', { firm, title: page.assignmentTitle })
              : t('survey.introRelationship', { firm })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('survey.howLong')}
          </Text>
        </Stack>
        <ScoreScale
          label={t('survey.overall', { firm })}
          min={page.questions.score.min}
          max={page.questions.score.max}
          value={overall}
          onChange={(value) => {
            setOverall(value);
            setMissing(false);
          }}
          error={missing ? t('survey.overallMissing') : null}
        />
        <Divider />
        <Stack gap={4}>
          <Title order={2} size="h4">
            {t('survey.aspectsTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('survey.aspectsHint')}
          </Text>
        </Stack>
        {page.questions.aspects.map((aspect) => (
          <ScoreScale
            key={aspect}
            label={t(`survey.aspects.${aspect}`)}
            min={page.questions.score.min}
            max={page.questions.score.max}
            value={scores[aspect] ?? null}
            onChange={(value) => setScores((before) => ({ ...before, [aspect]: value }))}
            clearLabel={t('survey.clear')}
          />
        ))}
        <Divider />
        <ScoreScale
          label={t('survey.recommend', { firm })}
          min={page.questions.recommend.min}
          max={page.questions.recommend.max}
          value={recommend}
          onChange={setRecommend}
          low={t('survey.recommendLow')}
          high={t('survey.recommendHigh')}
          clearLabel={t('survey.clear')}
        />
        <Stack gap={6} role="radiogroup" aria-label={t('survey.trust', { firm })}>
          <Text fw={600}>{t('survey.trust', { firm })}</Text>
          {page.questions.trust.map((option) => (
            <UnstyledButton
              key={option}
              role="radio"
              aria-checked={trust === option}
              onClick={() => setTrust(trust === option ? null : option)}
              p="sm"
              mih={48}
              bd={`1px solid var(--mantine-color-${trust === option ? 'teal-9' : 'gray-4'})`}
              bg={trust === option ? 'teal.0' : 'white'}
              style={{ borderRadius: 'var(--mantine-radius-md)' }}
            >
              {t(`survey.trustOptions.${option}`)}
            </UnstyledButton>
          ))}
        </Stack>
        <Textarea
          label={t('survey.comments')}
          autosize
          minRows={3}
          maxLength={4000}
          value={comments}
          onChange={(event) => setComments(event.currentTarget.value)}
        />
        {answer.error && (
          <Alert color="red" role="alert">
            {t('survey.failed')}
          </Alert>
        )}
        <Button size="lg" fullWidth onClick={submit} loading={answer.isPending}>
          {t('survey.submit')}
        </Button>
      </Stack>
    </Frame>
  );
}
